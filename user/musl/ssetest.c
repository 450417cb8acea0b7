/* musl/ssetest: the x87 and SSE registers of a user program, as glibc and
 * gcc use them.  glibc's memcpy/strlen/strchr are SSE2 code on any CPU
 * whose CPUID offers SSE2, so the string checks below run SSE
 * instructions; the rest checks what the kernel promises about the
 * registers: their start values (MXCSR 0x1f80, x87 control word 0x37f),
 * that each process keeps its own across task switches and fork, and that
 * an unmasked x87 exception is a SIGFPE.  Output and status are compared
 * with Linux's (tests/run).
 *
 * `ssetest regs` adds the checks that qemu-user (how the tests ask Linux on
 * a host that cannot run i386 programs) gets wrong, so tests/run checks
 * those lines on socket86 alone: qemu-user's AT_HWCAP is 0.  QEMU's emulated SSE never raises #XM for
 * an unmasked SIMD exception (real CPUs do, and Linux sends SIGFPE; so does
 * socket86, kernel/traps.c), so the exception checked is an x87 one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/wait.h>

static unsigned get_mxcsr(void)
{
	unsigned v;

	asm volatile("stmxcsr %0" : "=m"(v));
	return v;
}

static unsigned short get_fcw(void)
{
	unsigned short v;

	asm volatile("fnstcw %0" : "=m"(v));
	return v;
}

/* Set xmm0 to {v, v+1, v+2, v+3}, give the CPU away n times with a raw
 * sched_yield (no libc call: the ABI lets any function clobber xmm0), and
 * return the sum of xmm0's words.  Built without -msse, so the compiler
 * itself never uses the XMM registers. */
static unsigned xmm0_across_yields(unsigned v, int n)
{
	unsigned in[4] = { v, v + 1, v + 2, v + 3 }, out[4];

	asm volatile("movdqu %2, %%xmm0\n"
		     "1: movl $158, %%eax\n"		/* __NR_sched_yield */
		     "int $0x80\n"
		     "decl %1\n"
		     "jnz 1b\n"
		     "movdqu %%xmm0, %0"
		     : "=m"(out), "+r"(n) : "m"(in) : "eax", "memory");
	return out[0] + out[1] + out[2] + out[3];
}

/* Strings of every length and alignment up to 100: SSE2 code paths handle
 * the tails and the unaligned heads separately. */
static int string_checks(void)
{
	static char src[256], dst[256];
	int bad = 0;

	for (int i = 0; i < 255; i++)
		src[i] = 'a' + i % 26;
	for (int off = 0; off < 16; off++)
		for (int len = 0; len < 100; len++) {
			memset(dst, 0, sizeof(dst));
			memcpy(dst + off, src, len);
			if (strlen(dst + off) != (size_t)len || memcmp(dst + off, src, len))
				bad++;
			if (len && strchr(dst + off, src[len - 1]) != dst + off + (len - 1 < 26 ? len - 1 : (len - 1) % 26))
				bad++;
		}
	return bad;
}

int main(int argc, char **argv)
{
	int regs = argc > 1 && !strcmp(argv[1], "regs");
	unsigned long hw = getauxval(AT_HWCAP);
	double x = 1.0;
	float f = 0.1f;
	int status;
	pid_t pid;

	if (regs)
		printf("AT_HWCAP has FXSR: %s, SSE: %s, SSE2: %s\n", hw & (1 << 24) ? "yes" : "no",
	       hw & (1 << 25) ? "yes" : "no", hw & (1 << 26) ? "yes" : "no");
	printf("MXCSR at start: %#x, x87 control word: %#x\n", get_mxcsr(), get_fcw());
	printf("string functions, 1600 cases: %d wrong\n", string_checks());
	for (int i = 0; i < 20; i++) {
		x = x * 1.5 + 0.25;
		f = f * 3.0f;
	}
	printf("double: %.6f, float: %.3e, division: %.10f\n", x, f, 1.0 / 3.0);

	/* Each process has its own XMM registers: the child sets others and
	 * yields many times while the parent waits; the parent's are kept. */
	if (!regs)
		return 0;
	pid = fork();
	if (pid == 0)
		_exit(xmm0_across_yields(7, 50) == 7 + 8 + 9 + 10 ? 0 : 1);
	printf("parent kept its xmm0: %s\n",
	       xmm0_across_yields(1000, 50) == 1000 + 1001 + 1002 + 1003 ? "yes" : "no");
	waitpid(pid, &status, 0);
	printf("child kept its xmm0: %s\n", WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "yes" : "no");

	/* An unmasked x87 divide-by-zero: #MF at the next x87 instruction,
	 * which Linux turns into SIGFPE. */
	pid = fork();
	if (pid == 0) {
		unsigned short cw = get_fcw() & ~(1u << 2);	/* unmask ZM */
		double one = 1.0, zero = 0.0;

		asm volatile("fldcw %0" : : "m"(cw));
		asm volatile("fldl %1; fdivl %2; fstpl %0; fwait" : "=m"(one) : "m"(one), "m"(zero));
		_exit(0);
	}
	waitpid(pid, &status, 0);
	printf("x87 divide by zero, unmasked: %s\n",
	       WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "no signal");
	printf("x87 control word in the parent: %#x\n", get_fcw());
	return 0;
}
