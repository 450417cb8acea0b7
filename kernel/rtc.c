/* kernel/rtc.c — the battery-backed CMOS clock (the MC146818 "RTC" of
 * every PC), read once at boot to set the wall clock.
 *
 * After boot the kernel never reads it again: CLOCK_REALTIME is the RTC's
 * second plus the TSC clock's progress since (kernel/time.c), as Linux
 * does with its clocksource.  QEMU's RTC follows the host's clock
 * (`-rtc base=utc`, its default), so a program here sees the host's time.
 *
 * The chip is read through two ports: write a register number to 0x70,
 * read its value at 0x71.  Three traps, all handled below:
 *  - While the chip updates its registers (once a second, for ~2 ms) they
 *    may be half old, half new: wait until "update in progress" (register
 *    A bit 7) is clear, and read everything twice until two reads agree.
 *  - Values may be BCD (0x59 means 59) or binary: register B bit 2 says.
 *  - Hours may be 12-hour with bit 7 meaning PM: register B bit 1 says.
 * The year has two digits; we take 70..99 as 19xx and 00..69 as 20xx (the
 * "century" register is not on every chip), which is right until 2070.
 * Linux's version of this lives in arch/x86/kernel/rtc.c and
 * drivers/rtc/rtc-mc146818-lib.c.
 */
#include <linux/kernel.h>
#include <linux/io.h>
#include <linux/rtc.h>

#define RTC_PORT_INDEX	0x70
#define RTC_PORT_DATA	0x71

#define RTC_SECONDS	0x00
#define RTC_MINUTES	0x02
#define RTC_HOURS	0x04
#define RTC_DAY		0x07
#define RTC_MONTH	0x08
#define RTC_YEAR	0x09
#define RTC_REG_A	0x0a
#define RTC_REG_B	0x0b

#define RTC_UIP		0x80	/* A: an update is in progress */

static u8 cmos_read(u8 reg)
{
	outb(RTC_PORT_INDEX, reg);	/* bit 7 clear: NMIs stay enabled */
	return inb(RTC_PORT_DATA);
}

static void read_raw(struct rtc_time *t)
{
	/* An update takes under 2 ms; a chip stuck in one is read anyway
	 * (and then most likely found to be nonsense below). */
	for (int spins = 0; spins < 1000000 && (cmos_read(RTC_REG_A) & RTC_UIP); spins++)
		;
	t->sec = cmos_read(RTC_SECONDS);
	t->min = cmos_read(RTC_MINUTES);
	t->hour = cmos_read(RTC_HOURS);
	t->day = cmos_read(RTC_DAY);
	t->mon = cmos_read(RTC_MONTH);
	t->year = cmos_read(RTC_YEAR);
}

static unsigned int bcd2bin(unsigned int v)
{
	return (v & 0x0f) + (v >> 4) * 10;
}

/* Seconds since 1970-01-01 00:00 UTC of a proleptic Gregorian date:
 * count days with March as the first month of the year, so that the leap
 * day falls at the end (the usual "days from civil" arithmetic). */
s64 mktime64(unsigned int year, unsigned int mon, unsigned int day,
		    unsigned int hour, unsigned int min, unsigned int sec)
{
	int y = year - (mon <= 2);
	unsigned int m = (mon + 9) % 12;		/* March = 0 */
	s64 days = (s64)y * 365 + y / 4 - y / 100 + y / 400
		   + (153 * m + 2) / 5 + day - 1
		   - 719468;				/* days from 0000-03-01 to 1970-01-01 */

	return ((days * 24 + hour) * 60 + min) * 60 + sec;
}

/* Registers as read (BCD or binary, 12- or 24-hour, as register B says)
 * to seconds since the epoch; -1 if they make no date. */
s64 rtc_decode(struct rtc_time t, u8 reg_b)
{
	bool pm = !(reg_b & RTC_24H) && (t.hour & RTC_PM);

	if (!(reg_b & RTC_24H))
		t.hour &= ~RTC_PM;
	if (!(reg_b & RTC_DM_BINARY)) {
		t.sec = bcd2bin(t.sec);
		t.min = bcd2bin(t.min);
		t.hour = bcd2bin(t.hour);
		t.day = bcd2bin(t.day);
		t.mon = bcd2bin(t.mon);
		t.year = bcd2bin(t.year);
	}
	if (!(reg_b & RTC_24H))			/* 12 AM is 0 h, 12 PM is 12 h */
		t.hour = t.hour % 12 + (pm ? 12 : 0);
	t.year += t.year < 70 ? 2000 : 1900;
	if (t.sec > 59 || t.min > 59 || t.hour > 23 || !t.day || t.day > 31 || !t.mon || t.mon > 12)
		return -1;
	return mktime64(t.year, t.mon, t.day, t.hour, t.min, t.sec);
}

/* The RTC's time, in seconds since the epoch; 0 if it reads as nonsense. */
s64 rtc_read_time(void)
{
	struct rtc_time t, again;
	s64 secs;
	u8 reg_b;

	for (int tries = 0; tries < 10; tries++) {
		read_raw(&t);
		read_raw(&again);
		if (!memcmp(&t, &again, sizeof(t)))
			break;
	}
	reg_b = cmos_read(RTC_REG_B);
	secs = rtc_decode(t, reg_b);
	if (secs < 0) {
		printk(KERN_ERR "rtc: unreadable time %x-%x-%x %x:%x:%x\n",
		       t.year, t.mon, t.day, t.hour, t.min, t.sec);
		return 0;
	}
	printk(KERN_INFO "rtc: %lld seconds since 1970 (registers in %s, %s)\n", (long long)secs,
	       reg_b & RTC_DM_BINARY ? "binary" : "BCD", reg_b & RTC_24H ? "24-hour" : "12-hour");
	return secs;
}
