namespace ActionPlans.Core.Inspections;

public enum InspectionKind
{
    /// <summary>A full inspection of a Community Rehabilitation Company.</summary>
    CrcInspection,
    /// <summary>A full inspection of a National Probation Service division.</summary>
    NpsDivisionInspection,
    /// <summary>A thematic inspection across providers.</summary>
    Thematic,
}
