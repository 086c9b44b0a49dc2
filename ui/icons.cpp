#include "icons.h"

#include "widgets/colors.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {
// The slate stroke of the bundled line icons, and what it becomes on a dark palette (the
// coloured section icons keep their colours).
constexpr char LineColour[] = "#334155";
constexpr char LineColourOnDark[] = "#cbd5e1";

// The bundled icon drawn light for a dark palette, at the sizes toolbars, menus and tabs ask.
QIcon lightened(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    if (!svg.contains(LineColour))
        return {};
    svg.replace(LineColour, LineColourOnDark);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
} // namespace

namespace Icons {

QIcon icon(const QString &name)
{
    const QString path = u":/icons/"_s + name + u".svg"_s;
    // Judged once per icon and palette kind: an icon made before a switch keeps its colour.
    if (!Colors::isDark(QGuiApplication::palette()))
        return QIcon(path);
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QIcon light = lightened(path);
        it = cache.insert(name, light.isNull() ? QIcon(path) : light);
    }
    return *it;
}

QIcon themed(const QString &themeName, const QString &name)
{
    return QIcon::fromTheme(themeName, icon(name));
}

QIcon close()
{
    return themed(u"window-close"_s, u"tab-close"_s);
}

QIcon appIcon()
{
    return icon(u"switchboard"_s);
}

} // namespace Icons
