/* include/linux/rtc.h — the CMOS real-time clock (kernel/rtc.c), read
 * once at boot for the wall clock. */
#ifndef _LINUX_RTC_H
#define _LINUX_RTC_H

#include <linux/types.h>

/* The clock's registers as read: BCD or binary, 12- or 24-hour. */
struct rtc_time {
	unsigned int sec, min, hour, day, mon, year;
};

#define RTC_DM_BINARY	0x04	/* register B: binary, not BCD */
#define RTC_24H		0x02	/* register B: 24-hour mode */
#define RTC_PM		0x80	/* hours, in 12-hour mode: afternoon */

s64 rtc_read_time(void);		/* seconds since the epoch, 0 if unreadable */
s64 rtc_decode(struct rtc_time t, u8 reg_b);	/* -1 if not a date */
s64 mktime64(unsigned int year, unsigned int mon, unsigned int day,
	     unsigned int hour, unsigned int min, unsigned int sec);	/* UTC -> epoch s */

#endif
