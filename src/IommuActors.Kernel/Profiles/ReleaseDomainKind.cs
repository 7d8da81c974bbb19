namespace IommuActors.Kernel.Profiles;

/// <summary>The static <c>ops->release_domain</c> a driver provides (v6.9+).</summary>
public enum ReleaseDomainKind
{
    /// <summary>None: the device keeps whatever domain it had while the group's domains are freed.</summary>
    None,

    /// <summary>The blocked domain.</summary>
    Blocked,

    /// <summary>The identity domain.</summary>
    Identity,
}
