#include "connectionindicator.h"

#include "api/account.h"
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
        setVisible(!m_message.isEmpty());
        return;
    }

    const Account::ConnectionState state = m_account->connectionState();
    const QString problem = m_account->connectionProblem();
    QString text = Account::stateText(state);
    const QString reason = m_account->shortProblem();
    if (state == Account::ConnectionState::Offline && !reason.isEmpty())
        text = tr("Offline — %1").arg(reason);
    m_text->setText(text);
    m_icon->setPixmap(Icons::icon(iconName(state)).pixmap(size, size));

    QString tip = tr("%1: %2").arg(m_account->displayName(), Account::stateText(state));
    if (!problem.isEmpty())
        tip += u'\n' + problem;
    if (state == Account::ConnectionState::Offline)
        tip += u'\n' + tr("Switchboard tries again by itself; press F5 to retry now.");
    setToolTip(tip);
    setVisible(true);
}
