using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DevConnect.Domain.Persistence;

/// <summary>
/// Every date is UTC in DevConnect (the *Utc names), but not every DateTime says so: SQLite hands them back with an
/// unspecified kind, and <c>DateTime.MinValue</c> means "never read". Npgsql refuses to write such a value to a
/// <c>timestamp with time zone</c>; these converters state what the code means, so the same services run on both.
/// </summary>
internal sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private static readonly ValueConverter<DateTime, DateTime> _utc = new(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> _utcOffset = new(value => value.ToUniversalTime(), value => value);

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type == typeof(DateTime))
            {
                property.SetValueConverter(_utc);
            }
            else if (type == typeof(DateTimeOffset))
            {
                property.SetValueConverter(_utcOffset);
            }
        }
    }
}
