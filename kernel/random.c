/* kernel/random.c — random numbers: getrandom(2), AT_RANDOM for every new
 * program, and later /dev/urandom.
 *
 * The generator is ChaCha20 (RFC 8439), the cipher behind Linux's
 * drivers/char/random.c: a 256-bit key and a counter go through twenty
 * rounds of add-rotate-xor, and out come 64 bytes nobody can predict
 * without the key.  After every request the first 32 bytes of a fresh
 * block become the new key ("fast key erasure"), so bytes already handed
 * out cannot be recomputed from the state a later attacker might read.
 *
 * The key comes from the CPU's RDRAND instruction when CPUID offers it;
 * otherwise from the time-stamp counter sampled many times across port
 * I/O (whose duration jitters), mixed with the wall clock.  That fallback
 * is a teaching kernel's compromise, not a cryptographer's seed: QEMU
 * without `-cpu max` has no RDRAND.  Seeded once at boot, the generator
 * never blocks, so GRND_NONBLOCK and GRND_RANDOM change nothing.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/wait.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <uapi/linux/random.h>

#define CHACHA_BLOCK	64

static u32 key[8];
static u64 counter;

static inline u32 rol32(u32 v, int n)
{
	return (v << n) | (v >> (32 - n));
}

#define QUARTERROUND(a, b, c, d) do {			\
	a += b; d = rol32(d ^ a, 16);			\
	c += d; b = rol32(b ^ c, 12);			\
	a += b; d = rol32(d ^ a, 8);			\
	c += d; b = rol32(b ^ c, 7);			\
} while (0)

/* One 64-byte block of the key stream for a key and a block counter
 * (words 12-13; the nonce, words 14-15, is 0).  The words come out in the
 * CPU's order, which on x86 is the little-endian byte stream RFC 8439
 * specifies (tests/unit/test_random.c checks its test vectors). */
void chacha20_block(const u32 key[8], u64 counter, u32 out[16])
{
	u32 x[16], in[16] = {
		0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,	/* "expand 32-byte k" */
		key[0], key[1], key[2], key[3], key[4], key[5], key[6], key[7],
		(u32)counter, (u32)(counter >> 32), 0, 0,
	};

	memcpy(x, in, sizeof(x));
	for (int i = 0; i < 10; i++) {			/* 10 double rounds */
		QUARTERROUND(x[0], x[4], x[8], x[12]);	/* columns */
		QUARTERROUND(x[1], x[5], x[9], x[13]);
		QUARTERROUND(x[2], x[6], x[10], x[14]);
		QUARTERROUND(x[3], x[7], x[11], x[15]);
		QUARTERROUND(x[0], x[5], x[10], x[15]);	/* diagonals */
		QUARTERROUND(x[1], x[6], x[11], x[12]);
		QUARTERROUND(x[2], x[7], x[8], x[13]);
		QUARTERROUND(x[3], x[4], x[9], x[14]);
	}
	for (int i = 0; i < 16; i++)
		out[i] = x[i] + in[i];
}

/* Fast key erasure: the next block's first half becomes the key. */
static void rekey(void)
{
	u32 block[16];

	chacha20_block(key, counter++, block);
	memcpy(key, block, sizeof(key));
	memset(block, 0, sizeof(block));
}

void get_random_bytes(void *buf, size_t len)
{
	u32 block[16];

	while (len) {
		size_t n = min(len, (size_t)CHACHA_BLOCK);

		chacha20_block(key, counter++, block);
		memcpy(buf, block, n);
		buf = (char *)buf + n;
		len -= n;
	}
	memset(block, 0, sizeof(block));
	rekey();
}

/* --- the seed --- */

static bool cpu_has_rdrand(void)
{
	u32 eax = 1, ebx, ecx, edx;

	asm volatile("cpuid" : "+a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx));
	return ecx & (1u << 30);
}

static bool rdrand32(u32 *v)
{
	bool ok;

	/* The carry flag says whether the hardware had a value ready. */
	asm volatile("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok));
	return ok;
}

static inline u64 rdtsc(void)
{
	u32 lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

void random_init(void)
{
	bool hw = cpu_has_rdrand();
	u64 wall = ktime_get_real_ns();

	for (int i = 0; i < 8; i++) {
		u32 v = 0;

		/* RDRAND may be briefly empty: try a few times (Intel says 10). */
		for (int tries = 0; hw && tries < 10; tries++)
			if (rdrand32(&v))
				break;
		/* Always also mix in timing jitter: 64 samples per word, each
		 * after a port write whose cost varies. */
		for (int j = 0; j < 64; j++) {
			io_delay();
			v = rol32(v, 5) ^ (u32)rdtsc();
		}
		key[i] ^= v;
	}
	key[0] ^= (u32)wall;
	key[1] ^= (u32)(wall >> 32);
	rekey();
	printk(KERN_INFO "random: seeded from %s\n", hw ? "RDRAND and the TSC" : "TSC jitter");
}

/* getrandom(2): errors in Linux's order — flags, then the buffer.  As
 * read(2), one call returns at most MAX_RW_COUNT bytes, and a buffer that
 * faults part-way gets what fitted before the fault; a signal arriving
 * during a long request ends it early with what is done. */
#define MAX_RW_COUNT	(0x7fffffff & ~(PAGE_SIZE - 1))

long sys_getrandom(char __user *ubuf, size_t len, unsigned int flags)
{
	u8 chunk[CHACHA_BLOCK * 4];
	size_t done = 0;

	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if ((flags & (GRND_INSECURE | GRND_RANDOM)) == (GRND_INSECURE | GRND_RANDOM))
		return -EINVAL;
	if (len > MAX_RW_COUNT)
		len = MAX_RW_COUNT;
	if (!access_ok(ubuf, len))
		return -EFAULT;
	while (done < len) {
		size_t n = min(len - done, sizeof(chunk));
		size_t left;

		get_random_bytes(chunk, n);
		left = copy_to_user(ubuf + done, chunk, n);
		done += n - left;
		if (left)
			break;
		/* A huge request must not hold the CPU with interrupts off for
		 * seconds, nor hold off a kill (Linux checks too): every 64 KiB. */
		if (done < len && !(done & 0xffff)) {
			cond_resched();
			if (signal_pending_current())
				return done;
		}
	}
	memset(chunk, 0, sizeof(chunk));
	return done ? (long)done : (len ? -EFAULT : 0);
}
