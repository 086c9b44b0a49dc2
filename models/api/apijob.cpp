#include "apijob.h"
