namespace NetStat.Records;

/// <summary>One process's hold on a socket: the process and the file descriptor it holds it through.</summary>
/// <param name="Process">The process.</param>
/// <param name="Fd">The file descriptor number in that process.</param>
public readonly record struct SocketHolder(ProcessInfo Process, int Fd);
