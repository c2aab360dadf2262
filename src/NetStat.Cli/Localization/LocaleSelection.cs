namespace NetStat.Cli.Localization;

/// <summary>
/// Which language messages are in, by gettext's rules: the LC_MESSAGES locale is LC_ALL, else
/// LC_MESSAGES, else LANG (the first one set and non-empty). When that locale is C or POSIX,
/// messages stay untranslated and LANGUAGE is ignored. C.UTF-8 is not "C" there: with glibc 2.36
/// net-tools' own catalog shows under LANGUAGE=ja LANG=C.UTF-8, so LANGUAGE counts then.
/// Otherwise LANGUAGE, a colon-separated list, is searched first and alone: its first entry with
/// a catalog wins, "C"/"en" entries mean English, and a list with no usable entry means English
/// (gettext does not fall back to the locale then). Without LANGUAGE, the locale's language decides.
/// Unlike a C program we do not need the locale to be installed: only the names are read.
/// </summary>
internal static class LocaleSelection
{
    /// <summary>The language code of the catalog to use ("ja"), or null for English (net-tools' own text).</summary>
    public static string? Language(Func<string, string?> environment)
    {
        string? locale = FirstSet(environment, "LC_ALL", "LC_MESSAGES", "LANG");
        if (locale is null || IsC(locale))
            return null;
        string? language = environment("LANGUAGE");
        if (!string.IsNullOrEmpty(language))
        {
            foreach (var entry in language.Split(':'))
            {
                if (entry.Length == 0)
                    continue;
                if (IsC(entry))
                    return null;
                string code = LanguageCode(entry);
                if (code == "en")
                    return null;
                if (Catalog.Has(code))
                    return code;
            }
            return null;
        }
        string own = LanguageCode(locale);
        return Catalog.Has(own) ? own : null;
    }

    private static string? FirstSet(Func<string, string?> environment, params string[] names)
    {
        foreach (var name in names)
        {
            string? value = environment(name);
            if (!string.IsNullOrEmpty(value))
                return value;
        }
        return null;
    }

    private static bool IsC(string locale) => locale is "C" or "POSIX";

    /// <summary>"ja_JP.UTF-8@x" → "ja".</summary>
    private static string LanguageCode(string locale)
    {
        int end = locale.IndexOfAny(['_', '.', '@']);
        return (end < 0 ? locale : locale[..end]).ToLowerInvariant();
    }
}
