#include "numbereditsender.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "drafts/draftslogging.h"
#include "numbereditdraft.h"

using namespace Qt::StringLiterals;

NumberEditSender::NumberEditSender(AccountClient *client)
    : m_client(client)
{
}

QList<FieldError> NumberEditSender::check(const Draft &draft) const
{
    const NumberEditDraft edit = NumberEditDraft::fromJson(draft.payload);
    QList<FieldError> errors = edit.check();
    if (errors.isEmpty() && !edit.hasChanges()) {
        errors.append({u"Sid"_s, u"local"_s,
                       NumberEditDraft::tr("Nothing was changed, so there is nothing to save.")});
    }
    return errors;
}

ApiJob *NumberEditSender::send(const Draft &draft)
{
    const NumberEditDraft edit = NumberEditDraft::fromJson(draft.payload);
    return m_client.update(edit.sid, edit.changes());
}

ApiError NumberEditSender::parseSent(const ApiResult &result, QString *remoteId) const
{
    IncomingNumber number;
    const ApiError error = NumbersClient::parseNumber(result, m_client.family(), &number);
    if (!error.isError())
        *remoteId = number.sid;
    return error;
}

void NumberEditSender::reconcile(const Draft &draft, QObject *context, ReconcileCallback done)
{
    const NumberEditDraft edit = NumberEditDraft::fromJson(draft.payload);
    const ApiFamily family = m_client.family();
    ApiJob *job = m_client.get(edit.sid);
    QObject::connect(job, &ApiJob::finished, context, [edit, family, done](const ApiResult &result) {
        ReconcileResult r;
        IncomingNumber number;
        const ApiError error = NumbersClient::parseNumber(result, family, &number);
        if (error.isError() && error.httpStatus() != 404) {
            r.error = error;
            done(r);
            return;
        }
        r.checked = true;
        if (error.isError()) {
            // The number is gone: nothing to resend; the user reads why.
            r.mayResend = false;
            qCInfo(lcDrafts) << "number edit reconciled: the number is no longer there";
        } else if (edit.isAppliedTo(number)) {
            r.found = true;
            r.remoteId = number.sid;
        }
        qCInfo(lcDrafts) << "number edit reconciled:" << (r.found ? "applied" : "not applied");
        done(r);
    });
}
