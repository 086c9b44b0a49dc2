#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "switchboard.app.secrets")

namespace {
QString missingText()
{
    return QCoreApplication::translate(
        "SecretStore", "No system keychain is running: the secret is kept for this session "
                       "only and asked for again at the next start.");
}
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore()
{
    // Jobs in flight are not ours to delete (the keychain calls back into them); they
    // delete themselves, and their callbacks find this store gone.
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        it->fill(u'\0');
}

QString SecretStore::defaultService()
{
    return u"io.github.switchboard.Switchboard"_s;
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(Operation::Read, key, {}, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    run(Operation::Write, key, secret, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(Operation::Remove, key, {}, context, std::move(done));
}

void SecretStore::run(Operation operation, const QString &key, const QString &secret,
                      QObject *context, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        m_session.remove(key); // gone from memory at once, whatever the keychain says
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a secret in a plain file

    // Exactly one answer: the keychain's, or the timeout's.
    struct State
    {
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    const QPointer<SecretStore> self(this);
    const QPointer<QObject> target(context);
    const bool hasContext = context != nullptr;
    auto answer = [self, target, hasContext, done, operation, key, secret,
                   state](QKeychain::Error error, const QString &errorText, const QString &value) {
        if (state->answered || !self)
            return;
        state->answered = true;
        SecretStore *store = self;
        SecretResult result;
        const bool missing = error != QKeychain::NoError && error != QKeychain::EntryNotFound
                             && error != QKeychain::AccessDeniedByUser;
        if (missing) {
            store->m_missingReason = errorText;
            qCInfo(lcSecrets) << "keychain not available:" << errorText;
        } else if (error != QKeychain::AccessDeniedByUser) {
            store->m_missingReason.clear();
        }
        switch (operation) {
        case Operation::Read:
            if (error == QKeychain::NoError) {
                result.status = SecretResult::Status::Ok;
                result.secret = value;
            } else if (store->m_session.contains(key)) {
                result.status = SecretResult::Status::SessionOnly;
                result.secret = store->m_session.value(key);
                result.message = missingText();
            } else if (error == QKeychain::EntryNotFound) {
                result.status = SecretResult::Status::NotFound;
            } else if (missing) {
                result.status = SecretResult::Status::SessionOnly; // nothing kept: ask again
                result.message = missingText();
            } else {
                result.status = SecretResult::Status::Failed;
                result.message = SecretStore::tr("The keychain refused: %1").arg(errorText);
            }
            break;
        case Operation::Write:
            if (error == QKeychain::NoError) {
                store->m_session.remove(key);
                result.status = SecretResult::Status::Ok;
            } else if (missing) {
                store->m_session.insert(key, secret);
                result.status = SecretResult::Status::SessionOnly;
                result.message = missingText();
            } else {
                result.status = SecretResult::Status::Failed;
                result.message = SecretStore::tr("The keychain refused: %1").arg(errorText);
            }
            break;
        case Operation::Remove:
            store->m_session.remove(key);
            // Nothing to remove, or no keychain to remove it from: nothing is left anywhere.
            result.status = error == QKeychain::NoError || error == QKeychain::EntryNotFound
                                ? SecretResult::Status::Ok
                                : (missing ? SecretResult::Status::SessionOnly
                                           : SecretResult::Status::Failed);
            if (result.status == SecretResult::Status::Failed)
                result.message = SecretStore::tr("The keychain refused: %1").arg(errorText);
            break;
        }
        if (done && (!hasContext || target))
            done(result);
    };

    QObject::connect(job, &QKeychain::Job::finished, this, [answer](QKeychain::Job *finished) {
        QString value;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            value = read->textData();
        answer(finished->error(), finished->errorString(), value);
    });
    QTimer::singleShot(m_timeoutMs, this, [answer, timeout = m_timeoutMs] {
        answer(QKeychain::NoBackendAvailable,
               SecretStore::tr("the keychain did not answer within %n second(s)", nullptr,
                               timeout / 1000),
               {});
    });
    job->start();
}
