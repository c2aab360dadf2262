namespace NetStat.Query;

/// <summary>What one filter value constrains (one per netstat option).</summary>
public enum FilterField : byte
{
    /// <summary>Local or remote port (<c>--port</c>).</summary>
    Port,
    /// <summary>Local port (<c>--sport</c>).</summary>
    LocalPort,
    /// <summary>Remote port (<c>--dport</c>).</summary>
    RemotePort,
    /// <summary>Socket state (<c>--state</c>).</summary>
    State,
    /// <summary>Id of the process netstat -p shows (<c>--pid</c>).</summary>
    Pid,
    /// <summary>Name of the program netstat -p shows (<c>--program</c>).</summary>
    Program,
    /// <summary>Owner user of an Internet socket (<c>--user</c>).</summary>
    User,
    /// <summary>Local or remote address (<c>--addr</c>).</summary>
    Address,
    /// <summary>Local address (<c>--src</c>).</summary>
    LocalAddress,
    /// <summary>Remote address (<c>--dst</c>).</summary>
    RemoteAddress,
}
