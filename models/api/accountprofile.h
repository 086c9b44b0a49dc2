#pragma once

#include "apierror.h"

#include <QString>
#include <QUrl>

// What a client needs to talk to one account: family, server and credentials.
// `user` is the AccountSid / ProjectId (empty for Broadcast); `secret` is the auth
// token, token or API key. The secret never goes to logs or to QSettings in clear.
struct AccountProfile
{
    QString id;          // stable local id, e.g. "sandbox-twilio"
    QString displayName; // "Sandbox · Twilio"
    ApiFamily family = ApiFamily::Properties;
    QUrl baseUrl;        // scheme + host + port only, e.g. http://127.0.0.1:41234
    QString user;
    QString secret;
    // The account in the API's paths (Twilio AC…, SignalWire project id) when it is not the
    // user that authenticates (a Twilio API key authenticates as SK…); empty: `user`.
    QString accountSid;
    // PEM (or DER) certificates trusted for this account besides the system's, for servers
    // behind a corporate TLS proxy; empty for none.
    QString caFile;
    // The built-in sandbox: nothing costs money or changes a real number. A live account
    // says so wherever an action does.
    bool sandbox = false;

    QString pathAccount() const { return accountSid.isEmpty() ? user : accountSid; }
};

QString familyName(ApiFamily family); // "Properties", "Broadcast", "Twilio", "SignalWire"

// Non-loopback URLs must be https; returns an empty string if acceptable, else the reason.
QString checkBaseUrl(const QUrl &url);
