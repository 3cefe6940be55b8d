using System.Globalization;
using System.Text;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// An element of a GENIUS file as <see cref="SafeXml"/> reads it: its name, its attributes and the child elements the
/// importer looks at, and its path for errors (<c>/utility_space/objective/issue[2]</c>).
/// </summary>
internal sealed class XmlNode
{
    private List<(string Name, string Value)>? _attributes;
    private List<XmlNode>? _children;
    private Dictionary<string, int>? _counts;

    public XmlNode(string name, XmlNode? parent)
    {
        Name = name;
        Parent = parent;
        Position = parent is null ? 1 : parent.Add(this);
    }

    public string Name { get; }

    public XmlNode? Parent { get; }

    /// <summary>Its position among the children of its parent that have its name, from 1.</summary>
    public int Position { get; }

    public IReadOnlyList<XmlNode> Children => (IReadOnlyList<XmlNode>?)_children ?? [];

    /// <summary>
    /// Its path: the names from the root, each with its position where its parent has several children of that name
    /// (<c>/utility_space/objective/issue[2]/item[1]</c>), escaped for printing.
    /// </summary>
    public string Path
    {
        get
        {
            var segment = "/" + Escape(Name);
            if (Parent is null)
            {
                return segment;
            }

            var several = Parent._counts![Name] > 1;
            return Parent.Path + (several ? segment + "[" + Position.ToString(CultureInfo.InvariantCulture) + "]" : segment);
        }
    }

    /// <summary>The path of its attribute <paramref name="name"/> (<c>…/item[1]/@evaluation</c>).</summary>
    public string PathOf(string name) => Path + "/@" + name;

    /// <summary>The value of its attribute <paramref name="name"/>, or <see langword="null"/>.</summary>
    public string? Attribute(string name)
    {
        if (_attributes is null)
        {
            return null;
        }

        foreach (var (key, value) in _attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The value of its attribute <paramref name="name"/>, or <c>missing-property</c>.</summary>
    public string Required(string name, string what)
        => Attribute(name) ?? throw new ImportException(ErrorCodes.MissingProperty, PathOf(name), $"<{Escape(Name)}> has no {name} attribute: {what}");

    /// <summary>Its children named <paramref name="name"/>, in order.</summary>
    public IEnumerable<XmlNode> Elements(string name) => Children.Where(c => c.Name == name);

    /// <summary>Its one child named <paramref name="name"/>; <c>missing-property</c> when there is none, <c>duplicate-property</c> when there are several.</summary>
    public XmlNode Single(string name)
        => Optional(name) ?? throw new ImportException(ErrorCodes.MissingProperty, Path, $"<{Escape(Name)}> has no <{name}> element");

    /// <summary>Its one child named <paramref name="name"/>, or <see langword="null"/>; <c>duplicate-property</c> when there are several.</summary>
    public XmlNode? Optional(string name)
    {
        XmlNode? found = null;
        foreach (var child in Elements(name))
        {
            if (found is not null)
            {
                throw new ImportException(ErrorCodes.DuplicateProperty, child.Path, $"<{Escape(Name)}> has more than one <{name}>; it may have one");
            }

            found = child;
        }

        return found;
    }

    public void AddAttribute(string name, string value) => (_attributes ??= []).Add((name, value));

    /// <summary>An element name from the file as it may be printed: escaped like any quoted value, and cut when long.</summary>
    public static string Escape(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':'))
            {
                var text = new StringBuilder();
                QuotedInput.Append(text, name, quote: '"');
                return text.ToString();
            }
        }

        return name.Length <= QuotedInput.MaxShown ? name : name[..QuotedInput.MaxShown] + "…";
    }

    /// <summary>Adds a child; returns its position among the children of its name.</summary>
    private int Add(XmlNode child)
    {
        (_children ??= []).Add(child);
        _counts ??= new(StringComparer.Ordinal);
        var position = _counts.GetValueOrDefault(child.Name) + 1;
        _counts[child.Name] = position;
        return position;
    }
}
