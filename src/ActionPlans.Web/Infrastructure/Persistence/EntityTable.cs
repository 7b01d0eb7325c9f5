using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// One entity's table as EF maps it, turning objects made through the domain's own rules into rows for
/// <see cref="BulkCopy"/>: each mapped property's value goes through the same converter EF would use, so the stored text
/// of a target date, a status or a rating is exactly what the service reads back. Keys (the row's id and its parents'
/// ids) are the caller's, as the objects have not been saved; a domain row starts at version 1, as a save would make it.
/// </summary>
public sealed class EntityTable
{
    private readonly (string Name, IClrPropertyGetter? Getter, ValueConverter? Converter)[] _properties;

    public EntityTable(ActionPlansDb db, Type type)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new ArgumentException($"{type.Name} is not part of the model.", nameof(type));
        Name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(Name, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        Columns = properties.Select(p => p.GetColumnName(store)!).ToArray();
        _properties = properties.Select(p => (p.Name, p.IsShadowProperty() ? null : p.GetGetter(), p.GetTypeMapping().Converter)).ToArray();
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The row of <paramref name="entity"/>, with the keys and any other values it cannot know given by property name.</summary>
    public object?[] Row(object entity, params ReadOnlySpan<(string Property, object? Value)> given)
    {
        var row = new object?[_properties.Length];
        for (var i = 0; i < _properties.Length; i++)
        {
            var (name, getter, converter) = _properties[i];
            var value = name == RowVersionConvention.Property ? 1 : getter?.GetClrValueUsingContainingEntity(entity);
            foreach (var (property, known) in given)
                if (property == name) value = known;
            row[i] = value is null || converter is null ? value : converter.ConvertToProvider(value);
        }
        return row;
    }

    public Task WriteAsync(ActionPlansDb db, IEnumerable<object?[]> rows, CancellationToken cancellation) =>
        BulkCopy.IntoAsync(db, Name, Columns, rows, cancellation);
}
