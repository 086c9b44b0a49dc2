#pragma once

#include "api/accountprofile.h"
#include "validation/fieldcheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QProcessEnvironment;

// Where an account in the list comes from.
enum class AccountOrigin {
    Saved,       // added by the user: settings (no secret) plus the keychain (the secret)
    Environment, // read from the providers' own variables at start; not saved unless asked
    Sandbox,     // the embedded sandbox with its demo data
};

// How a Twilio account signs in.
enum class TwilioAuth {
    AuthToken, // AccountSid:AuthToken
    ApiKey,    // SK…:secret, the account SID staying in the path
};

// The fields of the accounts dialog, for problems and focus.
enum class AccountField { Name, AccountSid, ApiKeySid, Secret, Region, Edge, Space, Server, CaFile };

struct AccountProblem
{
    AccountField field;
    Validation::FieldCheck check;
};

// One account as the user configures it: a provider login in the family's own words. The
// secret is held in memory only; AccountSettings never writes it and the keychain keeps it.
// It becomes an AccountProfile (what an AccountClient needs) through profile().
//
//     AccountConfig c;
//     c.family = ApiFamily::Twilio;  c.name = u"Acme production"_s;
//     c.accountSid = u"AC…"_s;       c.secret = token;  c.region = u"ie1"_s;
//     if (c.problems(otherNames).isEmpty()) client = new AccountClient(c.profile());
struct AccountConfig
{
    Q_DECLARE_TR_FUNCTIONS(AccountConfig)

public:
    QString id;   // stable local id: a UUID, "sandbox", or "env-<family>"
    QString name; // unique display name
    ApiFamily family = ApiFamily::Twilio;
    AccountOrigin origin = AccountOrigin::Saved;

    QString accountSid; // Twilio AC…, SignalWire project ID, Properties account SID
    TwilioAuth twilioAuth = TwilioAuth::AuthToken;
    QString apiKeySid;  // Twilio SK… (TwilioAuth::ApiKey)
    QString region;     // Twilio, optional: "ie1"
    QString edge;       // Twilio, optional: "dublin"
    QString space;      // SignalWire: "example" for example.signalwire.com
    // The server: required for Properties and Broadcast; for Twilio and SignalWire only
    // to reach another server than the provider's (a test server, the sandbox).
    QString server;
    QString caFile;     // extra CA certificates to trust; "" for none
    // Grows by one whenever the login changes (another account, server or region), so
    // that drafts written for the old one are not sent to the new one.
    int generation = 1;
    QString secret;     // auth token, API key secret, API token or API key; memory only
    QStringList sourceVariables; // Environment: the variables it was read from

    static AccountConfig sandbox();
    static QString newId();

    bool isSandbox() const { return origin == AccountOrigin::Sandbox; }
    bool isEnvironment() const { return origin == AccountOrigin::Environment; }

    // Where requests go: the server if given, else the provider's host.
    QUrl baseUrl() const;
    // What drafts record (AccountProfile::id). The sandbox has one per family
    // ("sandbox-twilio"...); see AppController::createSandboxAccount.
    QString profileId() const;
    // Everything a client needs (not for the sandbox).
    AccountProfile profile() const;
    // Family, server and the account in the paths: another identity is another login,
    // whatever the name or the secret.
    QString identity() const;

    // Every field's problem, incomplete ones included; empty when the account can be used.
    // otherNames: the other accounts' names (names are unique).
    QList<AccountProblem> problems(const QStringList &otherNames = {}) const;
    Validation::FieldCheck check(AccountField field, const QStringList &otherNames = {}) const;
    // The fields this family and sign-in method use.
    QList<AccountField> fields() const;

    // The family's own words for the secret and the user: "Auth token", "Project ID"...
    QString secretLabel() const;
    QString userLabel() const;
    // One line for lists and tooltips: "Twilio · AC1234…cdef · api.ie1.twilio.com".
    QString summary() const;
};

Q_DECLARE_METATYPE(AccountConfig)

// "https://api.twilio.com", "https://api.ie1.twilio.com", "https://api.dublin.ie1.twilio.com",
// and for an edge alone region us1, as Twilio's helper libraries build them.
QUrl twilioBaseUrl(const QString &region, const QString &edge);

// The accounts the providers' own variables describe: TWILIO_ACCOUNT_SID with
// TWILIO_AUTH_TOKEN or TWILIO_API_KEY + TWILIO_API_SECRET (the key wins, as in the Twilio
// CLI), TWILIO_REGION and TWILIO_EDGE; SIGNALWIRE_PROJECT_ID, SIGNALWIRE_TOKEN and
// SIGNALWIRE_SPACE_URL. A family is listed when its account variable is set; what is
// missing or malformed shows up in problems().
QList<AccountConfig> accountsFromEnvironment(const QProcessEnvironment &environment);

// Lower-case key for settings: "twilio", "signalwire", "properties", "broadcast".
QString familyKey(ApiFamily family);
std::optional<ApiFamily> familyFromKey(QStringView key);
