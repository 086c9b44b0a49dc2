#include "numberrelease.h"

#include "api/apijob.h"
#include "drafts/draftslogging.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QJsonObject NumberRelease::toJson() const
{
    return {{u"sid"_s, sid}, {u"phoneNumber"_s, phoneNumber}};
}

NumberRelease NumberRelease::fromJson(const QJsonObject &object)
{
    return {object.value(u"sid"_s).toString(), object.value(u"phoneNumber"_s).toString()};
}

QString NumberRelease::title() const
{
    return tr("Release %1").arg(phoneNumber.isEmpty() ? sid : phoneNumber);
}

NumberReleaseSender::NumberReleaseSender(AccountClient *client)
    : m_client(client)
{
}

QList<FieldError> NumberReleaseSender::check(const Draft &draft) const
{
    const NumberRelease release = NumberRelease::fromJson(draft.payload);
    // The SID goes into the request's path: nothing but a well-formed one is sent.
    static const QRegularExpression sidShape(u"^(PN|AC)?[0-9A-Za-z-]{8,64}$"_s);
    if (release.sid.isEmpty() || !sidShape.match(release.sid).hasMatch())
        return {{u"Sid"_s, u"local"_s, NumberRelease::tr("This draft names no number to release.")}};
    return {};
}

ApiJob *NumberReleaseSender::send(const Draft &draft)
{
    m_sending = NumberRelease::fromJson(draft.payload).sid;
    return m_client.release(m_sending);
}

ApiError NumberReleaseSender::parseSent(const ApiResult &result, QString *remoteId) const
{
    Q_UNUSED(result)
    // 204 No Content: released. The number's SID is what the list drops.
    *remoteId = m_sending;
    return {};
}

bool NumberReleaseSender::refusalMeansDone(const Draft &draft, const ApiError &refusal,
                                           QString *remoteId) const
{
    if (refusal.httpStatus() != 404)
        return false;
    *remoteId = NumberRelease::fromJson(draft.payload).sid;
    return true;
}

void NumberReleaseSender::reconcile(const Draft &draft, QObject *context, ReconcileCallback done)
{
    const QString sid = NumberRelease::fromJson(draft.payload).sid;
    const ApiFamily family = m_client.family();
    ApiJob *job = m_client.get(sid);
    QObject::connect(job, &ApiJob::finished, context, [sid, family, done](const ApiResult &result) {
        ReconcileResult r;
        IncomingNumber number;
        const ApiError error = NumbersClient::parseNumber(result, family, &number);
        if (error.isError() && error.httpStatus() != 404) {
            r.error = error; // cannot tell yet: asked again later
            done(r);
            return;
        }
        r.checked = true;
        r.found = error.httpStatus() == 404; // gone from the account: released
        if (r.found)
            r.remoteId = sid;
        qCInfo(lcDrafts) << "release reconciled:" << (r.found ? "released" : "still on the account");
        done(r);
    });
}
