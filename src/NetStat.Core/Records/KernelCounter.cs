namespace NetStat.Records;

/// <summary>
/// One protocol counter under the kernel's own name ("InReceives", "TCPTimeouts",
/// "Ip6InReceives" ...), with its value as an unsigned 64-bit number.
/// </summary>
/// <param name="Name">The counter's name exactly as the kernel file spells it.</param>
/// <param name="Value">
/// The value as net-tools reads it: decimal, with C's strtoull rules (a negative number wraps,
/// "-1" is 18446744073709551615; a number too large is 18446744073709551615). When the file gives
/// no usable number the value is what net-tools would show (see the file's problems).
/// </param>
public readonly record struct KernelCounter(string Name, ulong Value);
