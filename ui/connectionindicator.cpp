#include "connectionindicator.h"

#include "api/account.h"
#include "api/accountclient.h"
#include "api/accountprofile.h"
#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {
QString iconName(Account::ConnectionState state)
{
    switch (state) {
    case Account::ConnectionState::Online:
        return u"state-online"_s;
    case Account::ConnectionState::Offline:
        return u"state-offline"_s;
    case Account::ConnectionState::AuthFailed:
        return u"state-authfailed"_s;
    case Account::ConnectionState::Unknown:
    case Account::ConnectionState::Connecting:
        break;
    }
    return u"state-connecting"_s;
}
} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"connectionIndicator"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_text->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Connection"));
    refresh();
}

ConnectionIndicator::~ConnectionIndicator() = default;

void ConnectionIndicator::setAccount(Account *account)
{
    if (m_account == account)
        return;
    if (m_account)
        disconnect(m_account, nullptr, this, nullptr);
    m_account = account;
    if (m_account) {
        connect(m_account, &Account::connectionStateChanged, this, &ConnectionIndicator::refresh);
        connect(m_account, &QObject::destroyed, this, &ConnectionIndicator::refresh,
                Qt::QueuedConnection);
    }
    refresh();
}

void ConnectionIndicator::setMessage(const QString &message, bool problem)
{
    m_message = message;
    m_problem = problem;
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::refresh()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (!m_account) {
        m_text->setText(m_message);
        m_icon->setPixmap(m_message.isEmpty()
                              ? QPixmap()
                              : Icons::icon(m_problem ? u"state-authfailed"_s
                                                                  : u"state-connecting"_s)
                                    .pixmap(size, size));
        setToolTip({});
        setAccessibleDescription(m_message);
        m_icon->setAccessibleName(m_message);
        setVisible(!m_message.isEmpty());
        return;
    }

    const Account::ConnectionState state = m_account->connectionState();
    QString text = Account::stateText(state);
    const QString reason = m_account->shortProblem();
    if (state == Account::ConnectionState::Offline && !reason.isEmpty())
        text = tr("Offline — %1").arg(reason);
    m_text->setText(text);
    m_icon->setPixmap(Icons::icon(iconName(state)).pixmap(size, size));

    // Each service of the account with its own state and last error: "Online" alone does
    // not say which of them answered.
    QString tip = tr("%1: %2").arg(m_account->displayName(), Account::stateText(state));
    const QList<AccountClient *> clients = m_account->clients();
    for (const AccountClient *client : clients) {
        const Account::ConnectionState clientState = client->connectionState();
        QString line = tr("%1: %2").arg(familyName(client->family()), Account::stateText(clientState));
        // The last error, also after the service came back ("Online — last error: …").
        if (client->lastError().isError())
            line = tr("%1 — last error: %2").arg(line, client->lastError().displayText());
        tip += u"\n• "_s + line;
    }
    if (state == Account::ConnectionState::Offline)
        tip += u'\n' + tr("Switchboard tries again by itself; press F5 to retry now.");
    setToolTip(tip);
    setAccessibleDescription(text + u'\n' + tip);
    m_icon->setAccessibleName(Account::stateText(state));
    setVisible(true);
}
