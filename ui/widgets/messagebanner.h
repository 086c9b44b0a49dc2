#pragma once

#include <QFrame>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

// A message across the top of a pane or form (KeePassXC's MessageWidget): for errors that
// belong to the whole form or come from the server, with an optional action ("Retry").
//
//     banner->showMessage(tr("Cannot reach the server."), MessageBanner::Error, tr("&Retry"));
//     connect(banner, &MessageBanner::actionTriggered, this, &Pane::retry);
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type, const QString &actionText = {});
    void hideMessage();
    // The action button opens this menu instead of emitting actionTriggered() (not owned;
    // null for none). Kept until changed.
    void setActionMenu(QMenu *menu);
    // Whether the user may dismiss the message (on by default; off for a lasting state).
    void setClosable(bool closable);
    QString actionText() const;

    QString text() const;
    Type type() const { return m_type; }
    bool isShowing() const { return !isHidden(); }

signals:
    void actionTriggered();

protected:
    // A theme switched while a message shows: the wash is mixed again from the new colours.
    void changeEvent(QEvent *event) override;

private:
    void applyType();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    bool m_applyingPalette = false;
};
