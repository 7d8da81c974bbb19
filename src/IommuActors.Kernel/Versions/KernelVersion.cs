using System.Globalization;

namespace IommuActors.Kernel.Versions;

/// <summary>A mainline kernel version (major.minor).</summary>
/// <param name="Major">Major number.</param>
/// <param name="Minor">Minor number.</param>
public readonly record struct KernelVersion(int Major, int Minor) : IComparable<KernelVersion>
{
    /// <summary>Parses <c>6.6</c> or <c>v6.6</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version.</param>
    /// <returns>True when it parsed.</returns>
    public static bool TryParse(string text, out KernelVersion version)
    {
        version = default;
        var parts = text.TrimStart('v').Split('.');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new KernelVersion(major, minor);
        return true;
    }

    /// <summary>Compares by major, then minor.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>True when a is older than b.</returns>
    public static bool operator <(KernelVersion a, KernelVersion b) => a.CompareTo(b) < 0;

    /// <summary>Compares by major, then minor.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>True when a is newer than b.</returns>
    public static bool operator >(KernelVersion a, KernelVersion b) => a.CompareTo(b) > 0;

    /// <summary>Compares by major, then minor.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>True when a is not newer than b.</returns>
    public static bool operator <=(KernelVersion a, KernelVersion b) => a.CompareTo(b) <= 0;

    /// <summary>Compares by major, then minor.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>True when a is not older than b.</returns>
    public static bool operator >=(KernelVersion a, KernelVersion b) => a.CompareTo(b) >= 0;

    /// <inheritdoc/>
    public int CompareTo(KernelVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
