using System.Globalization;
using DevConnect.Domain.Applications;
using Microsoft.Extensions.Localization;

namespace DevConnect.App.Components.Projects;

/// <summary>
/// The one form a role name is shown in (chips, "Roles wanted", team and application cards). Roles are stored
/// lowercase; the suggested ones have a translation ("Role.frontend"), any other starts with a capital.
/// </summary>
public static class RoleLabel
{
    public static string For(IStringLocalizer l, string role)
    {
        if (role == ProjectApplication.OtherRole)
        {
            return l["Apply.OtherRole"];
        }

        var known = l["Role." + role];
        return known.ResourceNotFound
            ? role.Length == 0 ? role : char.ToUpper(role[0], CultureInfo.CurrentCulture) + role[1..]
            : known.Value;
    }
}
