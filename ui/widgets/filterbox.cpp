#include "filterbox.h"

#include <QKeyEvent>
#include <QLineEdit>

FilterBox::FilterBox(QLineEdit *edit, QWidget *view)
    : QObject(edit)
    , m_edit(edit)
    , m_view(view)
{
    edit->installEventFilter(this);
}

FilterBox *FilterBox::attach(QLineEdit *edit, QWidget *view)
{
    return new FilterBox(edit, view);
}

bool FilterBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return false;
    const bool override = event->type() == QEvent::ShortcutOverride;
    if (!override && event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
        return false;
    if (override) {
        // Esc is ours while the box has the focus (not a dialog's or a window shortcut's).
        event->accept();
        return true;
    }
    if (!m_edit->text().isEmpty()) {
        m_edit->clear();
    } else if (m_view && m_view->isVisible()) {
        m_view->setFocus(Qt::ShortcutFocusReason);
    } else {
        return false; // nothing to do: let Esc go on (a dialog closes)
    }
    return true;
}
