namespace ScriptGen;

/// <summary>How <c>chart.HLine</c> draws its level: Pine's <c>hline.style_*</c>.</summary>
public enum HLineStyle
{
    /// <summary>A solid line. Pine's <c>hline.style_solid</c>.</summary>
    Solid,

    /// <summary>A dotted line. Pine's <c>hline.style_dotted</c>.</summary>
    Dotted,

    /// <summary>A dashed line. Pine's <c>hline.style_dashed</c> (the default).</summary>
    Dashed,
}
