#pragma once

#include "api/paging.h"
#include "availablenumber.h"
#include "incomingnumber.h"

#include <QList>
#include <QPair>
#include <QString>

class AccountClient;
class ApiJob;
struct ApiResult;

// The server's own filters of an IncomingPhoneNumbers list (so a filter never walks the
// whole inventory): PhoneNumber (partial, '*' any one digit) and FriendlyName (contains).
struct NumberFilter
{
    QString phoneNumberContains;
    QString friendlyNameContains;

    bool isEmpty() const { return phoneNumberContains.isEmpty() && friendlyNameContains.isEmpty(); }
    friend bool operator==(const NumberFilter &a, const NumberFilter &b)
    {
        return a.phoneNumberContains == b.phoneNumberContains
               && a.friendlyNameContains == b.friendlyNameContains;
    }
    friend bool operator!=(const NumberFilter &a, const NumberFilter &b) { return !(a == b); }
};

// A typed layer over a Twilio or SignalWire AccountClient for IncomingPhoneNumbers and
// AvailablePhoneNumbers. A small value that does not own the client; jobs are the client's
// children. Paths use the account of the profile (AccountProfile::pathAccount()), under
// /2010-04-01/ for Twilio and /api/laml/2010-04-01/ for SignalWire.
//
//     NumbersClient numbers(accountClient);
//     ApiJob *job = numbers.update(sid, {{u"VoiceUrl"_s, url}});
//     ... NumbersClient::parseNumber(result, numbers.family(), &updated) ...
class NumbersClient
{
public:
    using Parameters = QList<QPair<QString, QString>>;

    explicit NumbersClient(AccountClient *client);

    AccountClient *accountClient() const { return m_client; }
    ApiFamily family() const;
    // "/2010-04-01/Accounts/AC…" or "/api/laml/2010-04-01/Accounts/{ProjectId}"
    QString accountPath() const;

    // The list of the account's numbers with the server's filters.
    PagedEndpoint listEndpoint(const NumberFilter &filter = {}, int pageSize = 0) const;
    ApiJob *get(const QString &sid) const;
    // POST …/IncomingPhoneNumbers/{sid}.json; an empty value clears that field.
    ApiJob *update(const QString &sid, const Parameters &parameters) const;
    // DELETE …/IncomingPhoneNumbers/{sid}.json: repeated by the job when the answer is lost.
    ApiJob *release(const QString &sid) const;
    // POST …/IncomingPhoneNumbers.json: a purchase. Never repeated blindly.
    ApiJob *buy(const Parameters &parameters) const;
    // GET …/AvailablePhoneNumbers/{Country}/{Local|Mobile|TollFree}.json
    ApiJob *search(const NumberSearch &search) const;
    // The account's numbers whose phone number contains this text (one page of up to 1000):
    // how a purchase with a lost answer is looked up.
    ApiJob *findOwned(const QString &phoneNumberContains, int pageSize = 1000) const;

    static ApiError parseNumber(const ApiResult &result, ApiFamily family, IncomingNumber *out);
    // Every record of a list page (IncomingPhoneNumbers) read strictly.
    static ApiError parseNumbers(const ApiResult &result, ApiFamily family,
                                 QList<IncomingNumber> *out, bool *hasMore = nullptr);
    static ApiError parseAvailable(const ApiResult &result, QList<AvailableNumber> *out);

private:
    AccountClient *m_client;
};
