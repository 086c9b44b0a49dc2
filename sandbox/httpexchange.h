#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// What the sandbox's route handlers see and return. Handlers are synchronous and never
// touch the socket: the HTTP layer (SandboxHttpServer) applies faults, latency and
// keep-alive around them.

// The API family a path belongs to: it decides the authentication and the error shape.
enum class Family { None, Properties, Broadcast, Twilio, SignalWire };

// One request, after authentication and routing.
struct HttpCall
{
    QString method;                 // "GET", "POST"...
    QString path;                   // decoded path, e.g. "/v2/Properties/S123"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QHash<QString, QString> params; // path parameters by name ("PropertySid")
    Family family = Family::None;   // resolved family (Twilio or SignalWire for /2010-04-01/)
    QString accountId;              // the authenticated account (AccountSid / ProjectId; the
                                    // broadcast organisation, BroadcastApi::PrimaryOrg...)
    QString accountPrefix;          // "/2010-04-01/Accounts/AC..." as the request spelled it
    bool creates = false;           // a POST to a collection (Router::Match::creates)

    QString param(const QString &name) const { return params.value(name); }
    // A query value, fully decoded ("+1415*" stays "+1415*"), or `fallback` when absent.
    QString queryValue(const QString &name, const QString &fallback = {}) const
    {
        return query.hasQueryItem(name) ? query.queryItemValue(name, QUrl::FullyDecoded) : fallback;
    }
};

// One answer: a status, a JSON body (may be empty for 204) and extra headers.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200)
    {
        return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static HttpReply noContent() { return {204, {}, {}}; }
};
