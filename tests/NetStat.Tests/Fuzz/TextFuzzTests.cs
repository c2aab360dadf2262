using System.Text;
using CsCheck;
using NetStat.Parsing;
using NetStat.Records;
using NetStat.Text;
using Xunit;

namespace NetStat.Tests.Fuzz;

/// <summary>Text helpers on arbitrary bytes: escaping, address text and inet_pton.</summary>
[Collection("Fuzz")]
public sealed class TextFuzzTests
{
    private static readonly Gen<byte[]> AnyBytes = Gen.Frequency<byte[]>(
        (3, Gen.Byte.Array[0, 64]),
        (2, Gen.Char.Array[0, 32].Select(c => Encoding.UTF8.GetBytes(c))),
        (1, Gen.Byte.Array[0, 4096]));

    [Fact]
    public void SafeTextEscapesEveryControlAndYieldsValidUtf8()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        FuzzRunner.Check(AnyBytes, input => FuzzRunner.Bounded(input.Length, () =>
        {
            var escaped = SafeText.Escape(input).ToArray();
            FuzzRunner.Same(SafeText.EscapedLength(input), escaped.Length, "SafeText.EscapedLength(input), escaped.Length");
            FuzzRunner.Ensure(escaped.AsSpan().IndexOfAnyInRange((byte)0, (byte)0x1F) < 0 && escaped.AsSpan().IndexOf((byte)0x7F) < 0, "no C0 control or DEL");
            string text = strict.GetString(escaped);
            FuzzRunner.Ensure(text.AsSpan().IndexOfAnyInRange('\u0080', '\u009f') < 0, "no C1 control");
            // Escaped text is safe, and escaping it again changes nothing.
            FuzzRunner.Ensure(SafeText.IsSafe(escaped), "SafeText.IsSafe(escaped)");
            FuzzRunner.Same(escaped, SafeText.Escape(escaped).ToArray(), "escaped, SafeText.Escape(escaped).ToArray()");
            if (SafeText.IsSafe(input))
                FuzzRunner.Same(input, escaped, "input, escaped");
        }), nameof(SafeText));
    }

    [Fact]
    public void InetAddressTextFitsAndRoundTripsThroughInetPton()
    {
        FuzzRunner.Check(Gen.Byte.Array[16], bytes => FuzzRunner.Bounded(16, () =>
        {
            Span<byte> buffer = stackalloc byte[InetAddressText.MaxLength];
            int length = InetAddressText.Format(InetAddress.FromBytes(bytes), buffer);
            FuzzRunner.Within(length, 2, InetAddressText.MaxLength, "length, 2, InetAddressText.MaxLength");
            Span<byte> back = stackalloc byte[16];
            FuzzRunner.Ensure(InetPton.TryParseIPv6(buffer[..length], back), Encoding.ASCII.GetString(buffer[..length]));
            FuzzRunner.Same(bytes, back.ToArray(), "bytes, back.ToArray()");

            int v4 = InetAddressText.Format(InetAddress.FromBytes(bytes.AsSpan(0, 4)), buffer);
            FuzzRunner.Within(v4, 7, 15, "v4, 7, 15");
        }), nameof(InetAddressText));
    }

    [Fact]
    public void InetPtonRefusesOrRoundTrips()
    {
        var alphabet = "0123456789abcdefABCDEFg:::..%"u8.ToArray();
        var texts = Gen.Frequency<byte[]>(
            (4, Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]).Array[0, 48]),
            (1, Gen.Byte.Array[0, 64]),
            (1, Gen.Byte.Array[16].Select(b => InetAddressText.Format(InetAddress.FromBytes(b)))));
        FuzzRunner.Check(texts, text => FuzzRunner.Bounded(text.Length, () =>
        {
            Span<byte> bytes = stackalloc byte[16];
            bytes.Fill(0xAA);
            if (!InetPton.TryParseIPv6(text, bytes))
            {
                FuzzRunner.Ensure(bytes.IndexOfAnyExcept((byte)0xAA) < 0, "a refused text leaves the destination alone");
                return;
            }
            // What it accepted formats to text that parses to the same address.
            var formatted = InetAddressText.Format(InetAddress.FromBytes(bytes));
            Span<byte> again = stackalloc byte[16];
            FuzzRunner.Ensure(InetPton.TryParseIPv6(formatted, again), "InetPton.TryParseIPv6(formatted, again)");
            FuzzRunner.Ensure(bytes.SequenceEqual(again), "bytes.SequenceEqual(again)");
        }), nameof(InetPton));
    }
}
