using System.Globalization;
using IommuActors.Configuration.Model;
using IommuActors.Configuration.Units;

namespace IommuActors.Configuration;

/// <summary>Typed getters.</summary>
public sealed partial class Config
{
    /// <summary>Gets a string; numbers and booleans are returned as written.</summary>
    /// <param name="path">The setting path, e.g. <c>iommu-actors.exploration.strategy</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConfigException">The setting is missing or not a simple value.</exception>
    public string GetString(string path) => Scalar(path, "a string").Text;

    /// <summary>Gets a 32-bit integer.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConfigException">The setting is missing, not an integer or out of range.</exception>
    public int GetInt(string path)
    {
        var value = Scalar(path, "an integer");
        return ParseLong(value, path) is var number and >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw ConfigException.WrongType(FullPath(path), "a 32-bit integer", value);
    }

    /// <summary>Gets a 64-bit integer.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConfigException">The setting is missing or not an integer.</exception>
    public long GetLong(string path) => ParseLong(Scalar(path, "an integer"), path);

    /// <summary>Gets a floating-point number.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConfigException">The setting is missing or not a finite number.</exception>
    public double GetDouble(string path)
    {
        var value = Scalar(path, "a number");
        return double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw ConfigException.WrongType(FullPath(path), "a number", value);
    }

    /// <summary>Gets a boolean: <c>true</c>/<c>yes</c>/<c>on</c> or <c>false</c>/<c>no</c>/<c>off</c>.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConfigException">The setting is missing or not a boolean.</exception>
    public bool GetBoolean(string path)
    {
        var value = Scalar(path, "a boolean");
        return value.Text switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw ConfigException.WrongType(FullPath(path), "a boolean (true/false, yes/no, on/off)", value),
        };
    }

    /// <summary>Gets a duration: a number with a unit (ns, us, ms, s, m, h, d or their long names); a bare number is milliseconds.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConfigException">The setting is missing or not a duration.</exception>
    public TimeSpan GetDuration(string path)
    {
        var value = Scalar(path, "a duration");
        return DurationParser.TryParse(value.Text, out var duration)
            ? duration
            : throw ConfigException.WrongType(FullPath(path), "a duration such as '250 ms' or '10 s'", value);
    }

    /// <summary>Gets a size in bytes: a number with an optional unit (B, KB = 1000, K/KiB = 1024, MB, MiB, GB, GiB, ...).</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The number of bytes.</returns>
    /// <exception cref="ConfigException">The setting is missing or not a size.</exception>
    public long GetBytes(string path)
    {
        var value = Scalar(path, "a size in bytes");
        return ByteSizeParser.TryParse(value.Text, out var bytes)
            ? bytes
            : throw ConfigException.WrongType(FullPath(path), "a size in bytes such as '512 KiB' or '10 MB'", value);
    }

    /// <summary>Gets a list of strings.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The elements.</returns>
    /// <exception cref="ConfigException">The setting is missing, not a list or has an element that is not a simple value.</exception>
    public IReadOnlyList<string> GetStringList(string path)
    {
        var array = Array(path, "a list of strings");
        return [.. array.Items.Select((item, i) => item is HoconScalar { Kind: not ScalarKind.Null } scalar
            ? scalar.Text
            : throw ConfigException.WrongType($"{FullPath(path)}[{i}]", "a string", item))];
    }

    /// <summary>Gets a list of objects.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>One configuration per element.</returns>
    /// <exception cref="ConfigException">The setting is missing, not a list or has an element that is not an object.</exception>
    public IReadOnlyList<Config> GetConfigList(string path)
    {
        var array = Array(path, "a list of objects");
        return [.. array.Items.Select((item, i) => item is HoconObject obj
            ? new Config(obj, $"{FullPath(path)}[{i}]", true)
            : throw ConfigException.WrongType($"{FullPath(path)}[{i}]", "an object", item))];
    }

    /// <summary>Gets an object as a configuration of its own; its errors still name the full path.</summary>
    /// <param name="path">The setting path.</param>
    /// <returns>The sub-configuration.</returns>
    /// <exception cref="ConfigException">The setting is missing or not an object.</exception>
    public Config GetConfig(string path)
    {
        var value = Find(path);
        return value is HoconObject obj ? new Config(obj, FullPath(path), true) : throw ConfigException.WrongType(FullPath(path), "an object", value);
    }

    private long ParseLong(HoconScalar value, string path) =>
        long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ConfigException.WrongType(FullPath(path), "an integer", value);

    private HoconScalar Scalar(string path, string expected)
    {
        var value = Find(path);
        return value is HoconScalar { Kind: not ScalarKind.Null } scalar ? scalar : throw ConfigException.WrongType(FullPath(path), expected, value);
    }

    private HoconArray Array(string path, string expected)
    {
        var value = Find(path);
        return value as HoconArray ?? throw ConfigException.WrongType(FullPath(path), expected, value);
    }
}
