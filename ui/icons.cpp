#include "icons.h"

using namespace Qt::StringLiterals;

namespace Icons {

QIcon icon(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
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
