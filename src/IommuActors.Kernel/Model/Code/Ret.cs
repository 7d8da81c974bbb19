namespace IommuActors.Kernel.Model.Code;

/// <summary>A return-value box for kernel functions written as iterators (which cannot have out parameters).</summary>
internal sealed class Ret
{
    public int Value { get; set; }

    public bool Failed => Value != Errno.Ok;
}
