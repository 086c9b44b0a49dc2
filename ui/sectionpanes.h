#pragma once

#include "section.h"

class Account;
class QWidget;
class SectionPane;

// Builds the pane for one section of one account: the real pane where the section exists
// (Properties), a placeholder that says the section is coming otherwise. The caller owns
// the pane.
SectionPane *createSectionPane(Account *account, Section section, QWidget *parent = nullptr);

// True where createSectionPane() gives a real pane rather than a placeholder.
bool isSectionAvailable(Section section);
