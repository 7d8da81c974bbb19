namespace IommuActors.Kernel.Model.Code;

/// <summary>The error codes the model returns, with their kernel names for dmesg.</summary>
internal static class Errno
{
    public const int Ok = 0;
    public const int ENODEV = -19;
    public const int EINVAL = -22;
    public const int EBUSY = -16;
    public const int EIO = -5;
    public const int ETIMEDOUT = -110;
    public const int EMEDIUMTYPE = -124;
    public const int EPROBE_DEFER = -517;

    public static string Name(int code) => code switch
    {
        Ok => "0",
        ENODEV => "-ENODEV",
        EINVAL => "-EINVAL",
        EBUSY => "-EBUSY",
        EIO => "-EIO",
        ETIMEDOUT => "-ETIMEDOUT",
        EMEDIUMTYPE => "-EMEDIUMTYPE",
        EPROBE_DEFER => "-EPROBE_DEFER",
        _ => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
