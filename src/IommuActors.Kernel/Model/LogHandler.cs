using System.Runtime.CompilerServices;
using System.Text;

namespace IommuActors.Kernel.Model;

/// <summary>Builds a dmesg line only when logging is on, so exploration runs pay nothing for their log statements.</summary>
[InterpolatedStringHandler]
internal ref struct LogHandler
{
    private readonly StringBuilder? _builder;

    public LogHandler(int literalLength, int formattedCount, Kernel kernel, out bool enabled)
    {
        enabled = kernel.Logging;
        _builder = enabled ? new StringBuilder(literalLength + (formattedCount * 8)) : null;
    }

    public readonly void AppendLiteral(string text) => _builder?.Append(text);

    public readonly void AppendFormatted<T>(T value) => _builder?.Append(value);

    public override readonly string ToString() => _builder?.ToString() ?? string.Empty;
}
