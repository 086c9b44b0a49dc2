#pragma once

#include <QColor>

class QPalette;
class QWidget;

// Switchboard's few derived colours, in one place. Captions, empty states, placeholders and
// hints are "muted": text blended towards the window colour, but never so far that the
// contrast with the window falls under 4.5:1 (WCAG AA), in a light or a dark palette. Fusion's
// own disabled and placeholder colours do not reach that, so neither is used for text that
// is meant to be read.
//
//     Colors::setMuted(captionLabel);          // follows palette changes by itself
namespace Colors {
// The WCAG contrast ratio of two colours, 1 to 21.
qreal contrastRatio(const QColor &a, const QColor &b);
// Qt 6.4 has no colour-scheme hint: a palette is dark when its window colour is.
bool isDark(const QPalette &palette);
// Text mixed with the window colour, as light as it may be while still reaching 4.5:1.
QColor muted(const QPalette &palette);
// The palette with its PlaceholderText role (all groups but Disabled) set to muted().
QPalette withMutedPlaceholder(const QPalette &palette);
// Shows `widget`'s text in the muted colour: its foreground role becomes PlaceholderText,
// which the application palette carries (set here once, and again when it changes).
void setMuted(QWidget *widget);
// Puts the muted colour in the application palette now and after every change of it.
void installMutedPalette();
} // namespace Colors
