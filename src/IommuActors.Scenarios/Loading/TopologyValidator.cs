using IommuActors.Kernel.Topology;
using IommuActors.Scenarios.Parsing;

namespace IommuActors.Scenarios.Loading;

/// <summary>Checks a topology's names: no duplicates, and every reference names something defined.</summary>
internal static class TopologyValidator
{
    /// <exception cref="ScenarioException">The first problem, in file order within each check.</exception>
    public static void Validate(TopologyDraft draft)
    {
        // IOMMU instances are platform devices too: one namespace for both.
        RejectDuplicates(draft.Iommus.Select(i => i.Name).Concat(draft.Devices.Select(d => d.Name)), "device name");
        RejectDuplicates(draft.Drivers.Select(d => d.Name), "driver name");

        var iommus = draft.Iommus.Select(i => i.Name.Value).ToList();
        var everyDevice = iommus.Concat(draft.Devices.Select(d => d.Name.Value)).ToList();
        foreach (var iommu in draft.Iommus)
        {
            CheckSuppliers(iommu.Name, iommu.Suppliers, everyDevice);
        }

        var devices = draft.Devices.Select(d => d.Name.Value).ToList();
        var drivers = draft.Drivers.Select(d => d.Name.Value).ToList();
        foreach (var device in draft.Devices)
        {
            if (device.Driver is { } driver)
            {
                RequireDefined(driver, drivers, "driver");
            }

            foreach (var iommu in device.Iommus)
            {
                RequireDefined(iommu, iommus, "IOMMU");
            }

            CheckSuppliers(device.Name, device.Suppliers, everyDevice);
            foreach (var component in device.Components)
            {
                RequireDefined(component, devices, "component device");
                if (component.Value == device.Name.Value)
                {
                    throw ScenarioException.Invalid(component.Origin, component.Path, $"device '{component.Value}' cannot be its own component");
                }
            }
        }

        foreach (var action in draft.Actions)
        {
            if (action.Spec.Kind == UserActionKind.LoadModule)
            {
                RequireDefined(action.Name, drivers, "driver");
            }
            else
            {
                RequireDefined(action.Name, devices, "device");
            }
        }
    }

    /// <summary>A supplier (fw_devlink) is any device, IOMMU instances included, other than the consumer itself.</summary>
    private static void CheckSuppliers(Located consumer, IReadOnlyList<Located> suppliers, IReadOnlyCollection<string> devices)
    {
        foreach (var supplier in suppliers)
        {
            RequireDefined(supplier, devices, "supplier device");
            if (supplier.Value == consumer.Value)
            {
                throw ScenarioException.Invalid(supplier.Origin, supplier.Path, $"device '{supplier.Value}' cannot supply itself");
            }
        }
    }

    private static void RequireDefined(Located name, IReadOnlyCollection<string> defined, string what)
    {
        if (!defined.Contains(name.Value, StringComparer.Ordinal))
        {
            throw ScenarioException.UndefinedName(name.Origin, name.Path, what, name.Value, defined);
        }
    }

    private static void RejectDuplicates(IEnumerable<Located> names, string what)
    {
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        foreach (var name in names.OrderBy(n => n.Origin.Line).ThenBy(n => n.Origin.Column))
        {
            if (!seen.TryAdd(name.Value, name))
            {
                throw ScenarioException.Duplicate(name.Origin, name.Path, what, name.Value, seen[name.Value].Origin);
            }
        }
    }
}
