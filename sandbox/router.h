#pragma once

#include "httpexchange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A small method + path-pattern router. A pattern is a path whose segments are literals
// or hold one `{Name}` placeholder with an optional literal prefix and suffix:
//
//     router.add(Family::Properties, u"GET"_s, u"/v2/Properties/{PropertySid}"_s, handler);
//     router.add(Family::Twilio, u"GET"_s,
//                u"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json"_s, handler);
//
// match() tells apart "no such path" (404) from "path exists, other method" (405).
class Router
{
public:
    using Handler = std::function<HttpReply(const HttpCall &call)>;

    struct Match
    {
        Handler handler;                   // empty when nothing matched
        QHash<QString, QString> params;
        QStringList allowedMethods;        // non-empty when the path matched another method
        // A POST to a collection (its last segment is a literal, not a {Sid}): it creates.
        bool creates = false;
        bool found() const { return bool(handler); }
    };

    void add(Family scope, const QString &method, const QString &pattern, Handler handler);
    Match match(Family scope, const QString &method, const QString &path) const;

private:
    struct Segment
    {
        QString prefix;   // literal before the placeholder, or the whole literal
        QString name;     // placeholder name; empty for a literal segment
        QString suffix;   // literal after the placeholder
    };
    struct Route
    {
        Family scope;
        QString method;
        QList<Segment> segments;
        Handler handler;
    };
    static bool matchSegments(const QList<Segment> &pattern, const QStringList &parts,
                              QHash<QString, QString> *params);

    QList<Route> m_routes;
};
