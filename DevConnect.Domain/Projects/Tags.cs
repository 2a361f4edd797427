using System.Collections.Frozen;
using System.Text;

namespace DevConnect.Domain.Projects;

/// <summary>A normalised tag: <see cref="Key"/> goes in URLs and the database, <see cref="Label"/> on screen.</summary>
public sealed record Tag(string Key, string Label, bool IsLanguage);

/// <summary>
/// Languages and technologies as one vocabulary: "C#", "csharp" and "c#" are the same tag. Known languages
/// get their canonical label; free tags are lowercased and hyphenated.
/// </summary>
public static class Tags
{
    public const int MaxLength = 30;
    public const int MaxPerProject = 12;

    private static readonly (string Key, string Label, string[] Aliases)[] _languages =
    [
        ("csharp", "C#", ["c#", "c-sharp", "cs", "dotnet-csharp"]),
        ("fsharp", "F#", ["f#", "f-sharp"]),
        ("cpp", "C++", ["c++", "cplusplus", "cxx"]),
        ("c", "C", []),
        ("javascript", "JavaScript", ["js", "ecmascript", "node", "nodejs", "node.js"]),
        ("typescript", "TypeScript", ["ts"]),
        ("python", "Python", ["py", "python3"]),
        ("java", "Java", []),
        ("kotlin", "Kotlin", ["kt"]),
        ("go", "Go", ["golang"]),
        ("rust", "Rust", ["rs"]),
        ("ruby", "Ruby", ["rb"]),
        ("php", "PHP", []),
        ("swift", "Swift", []),
        ("dart", "Dart", []),
        ("elixir", "Elixir", ["ex"]),
        ("erlang", "Erlang", []),
        ("haskell", "Haskell", ["hs"]),
        ("scala", "Scala", []),
        ("clojure", "Clojure", ["clj"]),
        ("ocaml", "OCaml", []),
        ("r", "R", ["rlang"]),
        ("julia", "Julia", []),
        ("lua", "Lua", []),
        ("zig", "Zig", []),
        ("sql", "SQL", []),
        ("shell", "Shell", ["bash", "sh", "zsh"]),
        ("powershell", "PowerShell", ["pwsh", "ps1"]),
        ("html", "HTML", []),
        ("css", "CSS", ["scss", "sass"]),
        ("objective-c", "Objective-C", ["objc", "objectivec"]),
        ("perl", "Perl", []),
        ("cobol", "COBOL", []),
        ("fortran", "Fortran", []),
        ("assembly", "Assembly", ["asm"]),
        ("solidity", "Solidity", []),
        ("gdscript", "GDScript", []),
        ("vb", "Visual Basic", ["vb.net", "visual-basic", "visualbasic"]),
    ];

    // Frameworks and tools with a conventional spelling; any other free tag is shown as typed (lowercased).
    private static readonly (string Key, string Label, string[] Aliases)[] _technologies =
    [
        ("postgresql", "PostgreSQL", ["postgres", "psql"]),
        ("asp.net-core", "ASP.NET Core", ["aspnet-core", "aspnetcore", "asp.net"]),
        ("blazor", "Blazor", []),
        ("react", "React", ["reactjs", "react.js"]),
        ("react-native", "React Native", []),
        ("vue", "Vue", ["vuejs", "vue.js"]),
        ("angular", "Angular", []),
        ("svelte", "Svelte", []),
        ("django", "Django", []),
        ("rails", "Rails", ["ruby-on-rails", "ror"]),
        ("laravel", "Laravel", []),
        ("spring-boot", "Spring Boot", ["springboot", "spring"]),
        ("kubernetes", "Kubernetes", ["k8s"]),
        ("docker", "Docker", []),
        ("terraform", "Terraform", []),
        ("kafka", "Kafka", []),
        ("pytorch", "PyTorch", []),
        ("flutter", "Flutter", []),
        ("godot", "Godot", []),
        ("phoenix", "Phoenix", []),
        ("mongodb", "MongoDB", ["mongo"]),
        ("redis", "Redis", []),
        ("sqlite", "SQLite", []),
        ("figma", "Figma", []),
        ("wasm", "WebAssembly", ["webassembly"]),
        ("playwright", "Playwright", []),
        ("github-actions", "GitHub Actions", []),
        ("android", "Android", []),
        ("ios", "iOS", []),
    ];

    private static readonly FrozenDictionary<string, Tag> _known = BuildKnown();

    /// <summary>Every known language, in display order, for pickers and filters.</summary>
    public static IReadOnlyList<Tag> Languages { get; } = _languages.Select(l => new Tag(l.Key, l.Label, true)).ToList();

    /// <summary>Normalises one tag as typed; null when nothing usable is left.</summary>
    public static Tag? Normalize(string? raw)
    {
        var text = (raw ?? "").Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return null;
        }

        if (_known.TryGetValue(text, out var known))
        {
            return known;
        }

        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '+' or '#' or '.')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var key = builder.ToString().Trim('-', '.');
        if (key.Length == 0 || key.Length > MaxLength)
        {
            return null;
        }

        return _known.TryGetValue(key, out var aliased) ? aliased : new Tag(key, key, false);
    }

    /// <summary>The tag for a stored key (known languages get their label back).</summary>
    public static Tag FromKey(string key) => _known.TryGetValue(key, out var known) ? known : new Tag(key, key, false);

    private static FrozenDictionary<string, Tag> BuildKnown()
    {
        var map = new Dictionary<string, Tag>(StringComparer.Ordinal);
        foreach (var (key, label, aliases, isLanguage) in _languages.Select(l => (l.Key, l.Label, l.Aliases, true))
                     .Concat(_technologies.Select(t => (t.Key, t.Label, t.Aliases, false))))
        {
            var tag = new Tag(key, label, isLanguage);
            map[key] = tag;
            map[label.ToLowerInvariant()] = tag;
            foreach (var alias in aliases)
            {
                map[alias] = tag;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
