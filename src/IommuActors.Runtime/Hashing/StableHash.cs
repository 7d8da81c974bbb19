namespace IommuActors.Runtime.Hashing;

/// <summary>
/// A 64-bit FNV-1a hash with a strong finaliser. Unlike <see cref="string.GetHashCode()"/> it is the same in
/// every process, so hashes written to a journal today still compare equal months later.
/// </summary>
public struct StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private ulong _value;
    private bool _started;

    /// <summary>Gets the hash of everything added so far.</summary>
    public readonly ulong Value => Finish(_started ? _value : Offset);

    /// <summary>Hashes a string in one call.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its stable hash.</returns>
    public static ulong Of(string text)
    {
        var h = default(StableHash);
        h.Add(text);
        return h.Value;
    }

    /// <summary>Adds a 64-bit value.</summary>
    /// <param name="value">The value.</param>
    public void Add(ulong value)
    {
        Start();
        for (var i = 0; i < 8; i++)
        {
            _value = (_value ^ (byte)(value >> (i * 8))) * Prime;
        }
    }

    /// <summary>Adds a signed 64-bit value.</summary>
    /// <param name="value">The value.</param>
    public void Add(long value) => Add((ulong)value);

    /// <summary>Adds a string (length-prefixed, so "ab"+"c" differs from "a"+"bc").</summary>
    /// <param name="text">The text; null is distinct from empty.</param>
    public void Add(string? text)
    {
        Start();
        if (text is null)
        {
            Add(ulong.MaxValue);
            return;
        }

        Add((ulong)text.Length);
        foreach (var c in text)
        {
            _value = (_value ^ (byte)c) * Prime;
            _value = (_value ^ (byte)(c >> 8)) * Prime;
        }
    }

    /// <summary>Formats a hash the way reports print it: 16 lower-case hex digits.</summary>
    /// <param name="hash">The hash.</param>
    /// <returns>The text form.</returns>
    public static string Format(ulong hash) => hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
        z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return z ^ (z >> 33);
    }

    private void Start()
    {
        if (!_started)
        {
            _value = Offset;
            _started = true;
        }
    }
}
