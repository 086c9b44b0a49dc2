#include "router.h"

using namespace Qt::StringLiterals;

void Router::add(Family scope, const QString &method, const QString &pattern, Handler handler)
{
    Route route{scope, method, {}, std::move(handler)};
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype open = part.indexOf(u'{');
        const qsizetype close = part.indexOf(u'}');
        if (open < 0 || close < open) {
            route.segments.append({part, {}, {}});
            continue;
        }
        route.segments.append({part.left(open), part.mid(open + 1, close - open - 1),
                               part.mid(close + 1)});
    }
    m_routes.append(std::move(route));
}

bool Router::matchSegments(const QList<Segment> &pattern, const QStringList &parts,
                           QHash<QString, QString> *params)
{
    if (pattern.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Segment &segment = pattern.at(i);
        const QString &part = parts.at(i);
        if (segment.name.isEmpty()) {
            if (part != segment.prefix)
                return false;
            continue;
        }
        const qsizetype fixed = segment.prefix.size() + segment.suffix.size();
        if (part.size() <= fixed || !part.startsWith(segment.prefix)
            || !part.endsWith(segment.suffix)) {
            return false;
        }
        params->insert(segment.name,
                       part.mid(segment.prefix.size(), part.size() - fixed));
    }
    return true;
}

Router::Match Router::match(Family scope, const QString &method, const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        if (route.scope != scope)
            continue;
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, parts, &params))
            continue;
        if (route.method == method) {
            result.handler = route.handler;
            result.params = std::move(params);
            result.allowedMethods.clear();
            result.creates = method == u"POST" && !route.segments.isEmpty()
                             && route.segments.constLast().name.isEmpty();
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}
