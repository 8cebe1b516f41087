#pragma once

namespace dbpulse {

/// Lowers the calling thread's CPU priority below the GUI thread's, once per thread: on a busy
/// machine (fifty monitors connecting, a day of history read for each) the scheduler then gives
/// the GUI thread its turn first, and the window keeps painting. Call it from a worker thread
/// (a Job's work, a monitor's thread), never from the GUI thread. Linux: the thread's nice value
/// goes up by a few steps; elsewhere it does nothing.
void lowerThisThreadsPriority();

} // namespace dbpulse
