#pragma once

#include "api/account.h"

#include <QPointer>
#include <QWidget>

class QLabel;

// The status bar's connection state of the selected account: a coloured dot and
// "Online", "Connecting…", "Offline — <reason>" or "Authentication failed", with every
// family's details in the tooltip. Without an account it shows a startup message instead
// ("Starting sandbox…").
class ConnectionIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);
    ~ConnectionIndicator() override;

    void setAccount(Account *account);
    Account *account() const { return m_account; }
    // Shown while there is no account; a problem gets the warning dot.
    void setMessage(const QString &message, bool problem = false);

    QString text() const;

private:
    void refresh();

    QPointer<Account> m_account;
    QString m_message;
    bool m_problem = false;
    QLabel *m_icon;
    QLabel *m_text;
};
