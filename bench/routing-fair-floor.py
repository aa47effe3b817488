#!/usr/bin/env python3
# What Gini of completed work per agent a perfectly fair dispatcher gets with bench/routing.sh's
# floor (docs/routing.md, "Why the Gini misses 0.1"). `python3 bench/routing-fair-floor.py [--no-timeouts]`
# A perfectly fair floor under saturation: every agent is offered the next work the moment a unit of
# its capacity frees (no choice left to the dispatcher), and answers as bench/routing.sh's agents do:
# 80% accept after U(0,0.3) s and finish U(0.2,1.0) s later, 12% reject after U(0,0.3) s, 8% ignore (5 s timeout).
import heapq, random, sys
def run(agents, works, seed):
    rnd = random.Random(seed)
    done = [0]*agents
    ev = []  # (time, agent)
    for a in range(agents):
        for _ in range(2):   # half calls (voice, 1) and half callbacks (task, 3): ~2 units busy on average
            heapq.heappush(ev, (0.0, a))
    completed = 0
    while completed < works:
        t, a = heapq.heappop(ev)
        roll = rnd.randrange(100)
        if roll >= IGNORE:
            dt = 5.0
        elif roll >= 80:
            dt = rnd.uniform(0, 0.3)
        else:
            dt = rnd.uniform(0, 0.3) + rnd.uniform(0.2, 1.0)
            done[a] += 1; completed += 1
        heapq.heappush(ev, (t + dt, a))
    return done
def gini(v):
    v = sorted(v); n = len(v); s = sum(v)
    return sum((2*(i+1)-n-1)*x for i, x in enumerate(v)) / (n*s)
IGNORE = 100 if '--no-timeouts' in sys.argv else 92
for agents, works in [(180, 4000), (500, 10000), (50, 1000)]:
    g = [gini(run(agents, works, s)) for s in range(20)]
    print(f"{agents} agents, {works} works: Gini of a fair saturated floor mean {sum(g)/len(g):.3f} (min {min(g):.3f}, max {max(g):.3f}) over 20 runs")
