#include "accountprofile.h"

#include "validation/accountrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString familyName(ApiFamily family)
{
    switch (family) {
    case ApiFamily::Properties:
        return u"Properties"_s;
    case ApiFamily::Broadcast:
        return u"Broadcast"_s;
    case ApiFamily::Twilio:
        return u"Twilio"_s;
    case ApiFamily::SignalWire:
        return u"SignalWire"_s;
    }
    return {};
}

QString checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("AccountProfile", "“%1” is not a valid server address.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (Validation::isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
                   "AccountProfile",
                   "Plain http is only allowed for this computer (loopback); use https for %1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("AccountProfile", "Unsupported scheme “%1”: use https.")
        .arg(url.scheme());
}
