#include "colors.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace Colors {

namespace {
constexpr qreal minimumContrast = 4.5;

qreal channel(qreal c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &from, const QColor &to, qreal t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QColor mutedFor(const QColor &text, const QColor &window, const QColor &base)
{
    // Halfway between window and text reads as secondary; move towards the text until the
    // contrast is enough on both backgrounds (the text itself is the limit).
    for (qreal t = 0.5; t < 1.0; t += 0.02) {
        const QColor candidate = mix(window, text, t);
        if (contrastRatio(candidate, window) >= minimumContrast
            && contrastRatio(candidate, base) >= minimumContrast)
            return candidate;
    }
    return text;
}

// Keeps the application palette's placeholder colour muted() after palette changes (a
// theme switch), without reacting to its own change.
class PaletteWatcher final : public QObject
{
public:
    using QObject::QObject;

    void apply()
    {
        const QPalette current = QGuiApplication::palette();
        const QPalette wanted = withMutedPlaceholder(current);
        if (wanted == current)
            return;
        m_applying = true;
        QApplication::setPalette(wanted);
        m_applying = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying)
            apply();
        return false;
    }

private:
    bool m_applying = false;
};
} // namespace

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor muted(const QPalette &palette)
{
    return withMutedPlaceholder(palette).color(QPalette::Active, QPalette::PlaceholderText);
}

QPalette withMutedPlaceholder(const QPalette &palette)
{
    QPalette result = palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        // Captions sit on the window colour, placeholders on the base colour (line edits):
        // the colour must read on both.
        result.setColor(group, QPalette::PlaceholderText,
                        mutedFor(palette.color(group, QPalette::WindowText),
                                 palette.color(group, QPalette::Window),
                                 palette.color(group, QPalette::Base)));
    }
    return result;
}

void setMuted(QWidget *widget)
{
    installMutedPalette();
    widget->setForegroundRole(QPalette::PlaceholderText);
}

void installMutedPalette()
{
    static PaletteWatcher *watcher = nullptr;
    if (!qApp)
        return;
    if (!watcher) {
        watcher = new PaletteWatcher(qApp);
        qApp->installEventFilter(watcher);
    }
    watcher->apply();
}

} // namespace Colors
