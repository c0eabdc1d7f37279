namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>color</c> namespace: the named colors (TradingView's current palette) and
/// <c>color.rgb</c> / <c>color.new</c>. Register a subclass under <c>"color"</c> to re-theme scripts.
/// </summary>
public class ColorNamespace
{
    /// <summary>The shared default instance.</summary>
    public static ColorNamespace Default { get; } = new();

    /// <summary><c>color.aqua</c> #00BCD4</summary>
    public virtual Color Aqua => new(0x00, 0xBC, 0xD4);

    /// <summary><c>color.black</c> #363A45</summary>
    public virtual Color Black => new(0x36, 0x3A, 0x45);

    /// <summary><c>color.blue</c> #2962FF</summary>
    public virtual Color Blue => new(0x29, 0x62, 0xFF);

    /// <summary><c>color.fuchsia</c> #E040FB</summary>
    public virtual Color Fuchsia => new(0xE0, 0x40, 0xFB);

    /// <summary><c>color.gray</c> #787B86</summary>
    public virtual Color Gray => new(0x78, 0x7B, 0x86);

    /// <summary><c>color.green</c> #4CAF50</summary>
    public virtual Color Green => new(0x4C, 0xAF, 0x50);

    /// <summary><c>color.lime</c> #00E676</summary>
    public virtual Color Lime => new(0x00, 0xE6, 0x76);

    /// <summary><c>color.maroon</c> #880E4F</summary>
    public virtual Color Maroon => new(0x88, 0x0E, 0x4F);

    /// <summary><c>color.navy</c> #311B92</summary>
    public virtual Color Navy => new(0x31, 0x1B, 0x92);

    /// <summary><c>color.olive</c> #808000</summary>
    public virtual Color Olive => new(0x80, 0x80, 0x00);

    /// <summary><c>color.orange</c> #FF9800</summary>
    public virtual Color Orange => new(0xFF, 0x98, 0x00);

    /// <summary><c>color.purple</c> #9C27B0</summary>
    public virtual Color Purple => new(0x9C, 0x27, 0xB0);

    /// <summary><c>color.red</c> #F23645</summary>
    public virtual Color Red => new(0xF2, 0x36, 0x45);

    /// <summary><c>color.silver</c> #B2B5BE</summary>
    public virtual Color Silver => new(0xB2, 0xB5, 0xBE);

    /// <summary><c>color.teal</c> #089981</summary>
    public virtual Color Teal => new(0x08, 0x99, 0x81);

    /// <summary><c>color.white</c> #FFFFFF</summary>
    public virtual Color White => new(0xFF, 0xFF, 0xFF);

    /// <summary><c>color.yellow</c> #FDD835</summary>
    public virtual Color Yellow => new(0xFD, 0xD8, 0x35);

    /// <summary><c>color.rgb(red, green, blue, transp)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A component outside 0-255 or a transparency outside 0-100.</exception>
    public virtual Color Rgb(int red, int green, int blue, int transparency = 0) =>
        new(Component(red, nameof(red)), Component(green, nameof(green)), Component(blue, nameof(blue)), Transparency(transparency));

    /// <summary><c>color.new(color, transp)</c>: the same color with another transparency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A transparency outside 0-100.</exception>
    public virtual Color New(Color color, int transparency) => color with { Transparency = Transparency(transparency) };

    private static byte Component(int value, string name) =>
        value is >= 0 and <= 255
            ? (byte)value
            : throw new ArgumentOutOfRangeException(name, value, $"color.rgb: {name} must be 0-255; got {value}.");

    private static byte Transparency(int value) =>
        value is >= 0 and <= 100
            ? (byte)value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"color: transparency must be 0-100; got {value}.");
}
