#pragma once

#include <QIcon>
#include <QString>

// Switchboard's own icons, drawn as SVG in resources/icons and compiled into switchboard_ui
// (rendered by the Qt SVG plugin, libqt6svg6).
namespace Icons {
// ":/icons/<name>.svg", e.g. icon(u"section-properties"_s); on a dark application palette
// the line icons are drawn light, so they stay visible where no desktop theme has them.
QIcon icon(const QString &name);
// The desktop theme's icon where there is one (Linux desktops), else ours.
QIcon themed(const QString &themeName, const QString &name);
QIcon appIcon();
// The one close icon: banners, document tabs, Close tab.
QIcon close();
} // namespace Icons
