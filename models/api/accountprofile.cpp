#include "accountprofile.h"
