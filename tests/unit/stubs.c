/* Host stand-ins for the kernel services that the code under test calls.
 * printk is captured into unit_printk_buf (tests may look at it); panic,
 * which BUG_ON calls, is turned into a cmocka assertion: it fails the test
 * unless the test wrapped the call in expect_assert_failure(). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>
#include "unit.h"

char unit_printk_buf[1024];
char unit_panic_buf[1024];
int unit_panic_count;

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(unit_printk_buf, sizeof(unit_printk_buf), fmt, ap);
	va_end(ap);
	return n;
}

__attribute__((noreturn)) void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(unit_panic_buf, sizeof(unit_panic_buf), fmt, ap);
	va_end(ap);
	unit_panic_count++;
	/* Jumps back to expect_assert_failure(), or fails the running test. */
	mock_assert(0, unit_panic_buf, __FILE__, __LINE__);
	abort();
}

/* Unbuffered stdout keeps cmocka's lines (stdout) and errors (stderr) in
 * order when the output goes to a pipe or a log file. */
__attribute__((constructor)) static void unit_unbuffer_stdout(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
}

/* AddressSanitizer: a test that fails midway leaves its buffers behind;
 * that is not worth a leak report after cmocka's own. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "detect_leaks=0";
}

const char *unit_build_dir(void)
{
	const char *d = getenv("UNIT_BUILD_DIR");

	return d && *d ? d : "build";
}

/* kernel/fpu.c's CPUID.1:EDX, which create_elf_tables passes as AT_HWCAP. */
unsigned int elf_hwcap = 0x0781abfd;
