# tests/unit/unit.mk — host-side cmocka unit tests for kernel code that needs
# no hardware (lib/, the page allocator, elf_check, the exec stack builder,
# the random generator, the RTC's date arithmetic, and the network stack in
# net/: checksums, packet buffers, TCP over lo).
# Included by the top Makefile, which sets BUILD; `make unit-tests` builds
# $(BUILD)/unit/test_* with the host's 64-bit compiler and runs them all.

# The code under test is compiled as the kernel compiles it (freestanding,
# -nostdinc, -Iinclude -Ilib), then objcopy renames the functions that share
# a name with libc (memcpy, snprintf, ...) to k_memcpy, k_snprintf, ..., so
# the test programs can link the kernel's copy next to the host libc that
# cmocka needs.  The tests themselves see kernel headers through -Iinclude
# and lib/*.h only through -iquote, so <string.h> stays the system's.
# --gc-sections drops the functions we do not test (load_elf_binary,
# exec_module) together with their references to the rest of the kernel.
# The net/ tests also link net_stubs.o: kmalloc, wait queues, softirqs and
# the other kernel services net/ calls, done on the host (net_unit.h).
#
# Knobs: HOSTCC, HOSTOBJCOPY, UNIT_SANITIZE (set it empty to build without
# AddressSanitizer/UBSan), UNIT_DEFS (extra -D flags for the tests; use a
# fresh BUILD= or `make clean` when changing them).

UNIT_SAVED_GOAL := $(.DEFAULT_GOAL)

HOSTCC      ?= gcc
HOSTOBJCOPY ?= objcopy
UNIT_SANITIZE ?= -fsanitize=address,undefined -fno-sanitize=alignment \
	-fno-sanitize-recover=all

UNIT_OUT := $(BUILD)/unit

# Deferred (=): the $(shell) runs only when a unit object is built.
UNIT_KCFLAGS = -std=gnu11 -O2 -g -ffreestanding -nostdinc -fno-builtin \
	-fno-stack-protector -ffunction-sections -fdata-sections \
	-Wall -Wextra -Wno-unused-parameter \
	-isystem $(shell $(HOSTCC) -print-file-name=include) \
	-Iinclude -Ilib $(UNIT_SANITIZE)
UNIT_DEFS ?=
UNIT_CFLAGS = -std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter \
	-Iinclude -iquote lib -Itests/unit $(UNIT_SANITIZE) $(UNIT_DEFS)
UNIT_LDFLAGS = -Wl,--gc-sections $(UNIT_SANITIZE)

UNIT_RENAME := memcpy memmove memset memcmp strlen strnlen strcmp strncmp \
	strchr strrchr strcpy strncpy vsnprintf snprintf

UNIT_TESTS := test_string test_vsprintf test_page_alloc test_elf_check \
	test_exec_stack test_checksum test_skbuff test_tcp test_random test_rtc
UNIT_BINS := $(addprefix $(UNIT_OUT)/,$(UNIT_TESTS))

# Kernel objects each test links (besides its own .o and stubs.o).
unit_k = $(patsubst %,$(UNIT_OUT)/k/%.o,$(1))
$(UNIT_OUT)/test_string:     $(call unit_k,lib/string)
$(UNIT_OUT)/test_vsprintf:   $(call unit_k,lib/vsprintf lib/string)
$(UNIT_OUT)/test_page_alloc: $(call unit_k,kernel/page_alloc lib/string)
$(UNIT_OUT)/test_elf_check:  $(call unit_k,kernel/binfmt_elf lib/string)
$(UNIT_OUT)/test_exec_stack: $(call unit_k,kernel/exec lib/string)
$(UNIT_OUT)/test_checksum:   $(call unit_k,net/ipv4/checksum)
$(UNIT_OUT)/test_random:     $(call unit_k,kernel/random lib/string)
$(UNIT_OUT)/test_rtc:        $(call unit_k,kernel/rtc)
$(UNIT_OUT)/test_skbuff:     $(call unit_k,net/core/skbuff lib/string) $(UNIT_OUT)/net_stubs.o
# TCP over lo, the whole way down and up: sockets, TCP, IP, the device
# layer and lo itself (UDP and ICMP because af_inet.c and ip_input.c name them;
# devinet for the interface ioctls af_inet.c answers).
UNIT_NET_STACK := net/ipv4/tcp net/ipv4/tcp_input net/ipv4/tcp_output \
	net/ipv4/af_inet net/ipv4/udp net/ipv4/icmp net/ipv4/ip_input \
	net/ipv4/ip_output net/ipv4/checksum net/core/skbuff net/core/sock \
	net/ipv4/devinet net/core/datagram net/core/dev net/core/dev_ioctl net/core/pcap \
	net/loopback kernel/timer lib/string
$(UNIT_OUT)/test_tcp:        $(call unit_k,$(UNIT_NET_STACK)) $(UNIT_OUT)/net_stubs.o

$(UNIT_OUT)/k/%.o: %.c
	@mkdir -p $(@D)
	$(HOSTCC) $(UNIT_KCFLAGS) -MMD -MP -MT $@ -MF $(@:.o=.d) -c -o $(@:.o=.raw.o) $<
	$(HOSTOBJCOPY) $(foreach s,$(UNIT_RENAME),--redefine-sym $(s)=k_$(s)) \
		$(@:.o=.raw.o) $@
	@rm -f $(@:.o=.raw.o)

$(UNIT_OUT)/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(UNIT_CFLAGS) -MMD -MP -c -o $@ $<

$(UNIT_BINS): $(UNIT_OUT)/%: $(UNIT_OUT)/%.o $(UNIT_OUT)/stubs.o
	$(HOSTCC) $(UNIT_LDFLAGS) -o $@ $^ -lcmocka

# Run every test even after a failure; fail at the end if any failed.
.PHONY: unit-tests
unit-tests: $(UNIT_BINS)
	@failed=; for t in $(UNIT_BINS); do \
		echo "=== $$t"; \
		UNIT_BUILD_DIR=$(BUILD) $$t || failed="$$failed $${t##*/}"; \
	done; \
	if [ -n "$$failed" ]; then echo "unit-tests FAILED:$$failed"; exit 1; fi; \
	echo "unit-tests: all $(words $(UNIT_BINS)) programs passed"

-include $(wildcard $(UNIT_OUT)/*.d $(UNIT_OUT)/k/*/*.d $(UNIT_OUT)/k/*/*/*.d)

# Our rules must not become the default goal of the includer.
.DEFAULT_GOAL := $(UNIT_SAVED_GOAL)
